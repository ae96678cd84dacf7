// Markdown tables of the benchmark's results.
const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '–');

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function endpointTable(results) {
  const rows = [];
  for (const r of results) {
    for (const run of r.runs) {
      rows.push([
        r.name,
        run.connections,
        run.requests,
        f(run.p50),
        f(run.p95),
        f(run.p99),
        f(run.reqPerSec, 0),
        f(run.apiCpuMs, 2),
        f(run.pgCpuMs, 2),
        f(run.apiCpuMs + run.pgCpuMs, 2),
        f(run.clientCpuMs, 2),
        Math.round(run.meanBytes),
        Object.keys(run.errors).length ? JSON.stringify(run.errors) : '',
      ]);
    }
  }
  return table(
    [
      'endpoint',
      'conns',
      'requests',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'req/s',
      'API CPU ms/req',
      'PG CPU ms/req',
      'CPU ms/req',
      'load generator CPU ms/req',
      'bytes',
      'errors',
    ],
    rows,
  );
}

export function sqlTable(results) {
  return table(
    [
      'endpoint',
      'statements/req',
      'writes skipped',
      'SQL p50 ms',
      'API p50 ms (1 conn)',
      'API / SQL',
      'computing it: statements/req',
      'SQL p50 ms',
      'API / SQL',
    ],
    results
      .filter((r) => r.sql)
      .map((r) => [
        r.name,
        f(r.sql.statements, 1),
        r.sql.skippedWrites,
        f(r.sql.p50, 2),
        f(r.runs[0].p50, 2),
        r.sql.statements > 0 ? f(r.runs[0].p50 / r.sql.p50, 2) : 'no SQL',
        r.computedSql ? f(r.computedSql.statements, 1) : '–',
        r.computedSql ? f(r.computedSql.p50, 2) : '–',
        r.computedSql ? f(r.runs[0].p50 / r.computedSql.p50, 2) : '–',
      ]),
  );
}

export function targetTable(checks) {
  return table(
    ['what', 'measured', 'target', 'result'],
    checks.map((c) => [c.what, c.measured, c.target, c.pass ? 'pass' : '**FAIL**']),
  );
}
