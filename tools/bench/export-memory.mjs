// Memory of a streamed national export: the coordinator's whole-network ratings feed as CSV
// (GET /network/feeds/ratings.csv), read to the end while the API's resident memory is sampled.
// The feed is PostgreSQL's COPY output passed through with back-pressure, so the API's memory
// should stay flat however large the network is.
import { request } from 'node:http';
import { readFileSync } from 'node:fs';

function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function measureExport(base, session, apiPid) {
  const url = new URL(`${base}/network/feeds/ratings.csv`);
  const baseline = rssKb(apiPid);
  let peak = baseline;
  const poll = setInterval(() => (peak = Math.max(peak, rssKb(apiPid))), 20);
  const started = performance.now();
  try {
    const { status, bytes, lines } = await new Promise((resolve, reject) => {
      const req = request(url, { headers: { cookie: session.cookie } }, (res) => {
        let bytes = 0;
        let lines = 0;
        res.on('data', (chunk) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => resolve({ status: res.statusCode, bytes, lines }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
    if (status !== 200) throw new Error(`the ratings feed answered ${status}`);
    return {
      bytes,
      rows: Math.max(lines - 1, 0),
      seconds: (performance.now() - started) / 1000,
      baselineRssKb: baseline,
      peakRssKb: peak,
    };
  } finally {
    clearInterval(poll);
  }
}
