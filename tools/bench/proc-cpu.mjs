// CPU time of processes from /proc/<pid>/stat (utime + stime, in clock ticks of 10 ms), and the
// PostgreSQL processes of a data folder: the postmaster (with the CPU of backends it has reaped)
// and every child it runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function statFields(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after it are space-separated.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // exited
  }
}

/** CPU milliseconds a process has used; `reaped` adds its waited-for children's. */
export function cpuMs(pid, reaped = false) {
  const f = statFields(pid);
  if (!f) return 0;
  // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), from field 3.
  const ticks = Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0);
  return ticks * TICK_MS;
}

export function childrenOf(ppid) {
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(entry);
    if (f && Number(f[1]) === ppid) out.push(Number(entry));
  }
  return out;
}

export function postmasterPid(dataDir) {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function postgresPort(dataDir) {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
}

/**
 * A snapshot of CPU per process: the API processes (and their children: cluster workers) and
 * all PostgreSQL processes. `diff` of two snapshots gives what each side used in between.
 */
export function snapshot(apiPid, pgPid) {
  const api = new Map([[apiPid, cpuMs(apiPid)]]);
  for (const child of childrenOf(apiPid)) if (child !== pgPid) api.set(child, cpuMs(child));
  const pg = new Map([[pgPid, cpuMs(pgPid, true)]]);
  for (const child of childrenOf(pgPid)) pg.set(child, cpuMs(child));
  return { api, pg };
}

function used(before, after) {
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0); // new processes: all of it
  return ms;
}

export function diff(before, after) {
  return { apiMs: used(before.api, after.api), pgMs: used(before.pg, after.pg) };
}
