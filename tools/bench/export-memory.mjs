// Memory of a streamed national export: peak RSS (VmHWM) of `npm run db:backup`'s process, which
// streams every table with COPY while the API keeps running. Data feeds (issue 15) replace it.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function peakRssKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function measureExport(root, env) {
  const file = join(tmpdir(), `rcp-bench-export-${process.pid}.backup.gz`);
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/db-backup.js'), file], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let peak = 0;
  // VmHWM only grows, so the last reading before the process ends is (nearly) its peak.
  const poll = setInterval(() => (peak = Math.max(peak, peakRssKb(child.pid))), 20);
  const code = await new Promise((r) => child.once('exit', r));
  clearInterval(poll);
  if (code !== 0) throw new Error(`db-backup exited with ${code}`);
  const bytes = statSync(file).size;
  rmSync(file, { force: true });
  return { peakRssKb: peak, bytes, seconds: (performance.now() - started) / 1000 };
}
