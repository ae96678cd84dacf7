// Submit timing: Northfield's council lead submits the council's draft audit, then reopens it
// (not timed) so the dataset is left as it was found, `count` times.
import { decoded, percentile, request } from './load.mjs';

async function call(base, session, method, path, body) {
  const res = await request(undefined, `${base}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-xsrf-token': session.xsrf,
      'content-type': 'application/json',
      'accept-encoding': 'gzip, deflate, br',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status !== 200)
    throw new Error(`${method} ${path}: ${res.status} ${res.body.toString().slice(0, 300)}`);
  return res;
}

export async function measureSubmit(base, lead, count) {
  const me = JSON.parse(decoded(await call(base, lead, 'GET', '/auth/me')));
  const councilId = me.councilId ?? me.user?.councilId;
  const page = JSON.parse(
    decoded(await call(base, lead, 'GET', `/councils/${councilId}/audits?limit=100`)),
  );
  const draft = page.items.find((a) => a.status === 'draft');
  if (!draft) throw new Error('Northfield has no draft audit to submit');
  let audit = JSON.parse(decoded(await call(base, lead, 'GET', `/audits/${draft.id}`)));
  // Submit and reopen answer small (status, version, headline): the sizes come from the full read.
  const protocols = audit.protocols?.length ?? 0;
  const ratings = audit.ratings?.length ?? 0;
  const times = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const res = await call(base, lead, 'POST', `/audits/${draft.id}/submit`, {
      version: audit.version,
    });
    times.push(res.ms);
    bytes = res.bytes; // as sent, compressed when the API compresses it
    audit = JSON.parse(decoded(res));
    const reason = 'Benchmark: reopened after a timed submit.';
    const reopened = await call(base, lead, 'POST', `/audits/${draft.id}/reopen`, {
      version: audit.version,
      reason,
    });
    audit = JSON.parse(decoded(reopened));
  }
  times.sort((a, b) => a - b);
  return {
    count,
    protocols,
    ratings,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times[times.length - 1],
    bytes,
  };
}
