// Bytes a browser receives (headers + bodies as sent, i.e. after compression) for the sign-in
// page and a council's dashboard, on a cold cache and then on a repeat view.
// Usage: node tools/measure-page-bytes.mjs http://localhost:3000 [--identity]
//   --identity asks for no compression (Accept-Encoding: identity), as before it existed.
// Needs the demo network (DEMO=true) and Chromium (CHROME_PATH, default /usr/bin/chromium).
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:3000';
const identity = process.argv.includes('--identity');
const LEAD = { email: 'lead@northfield.demo.example', password: 'demo-password-1234' };

async function bytesOf(page, visit) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  if (identity)
    await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': 'identity' } });
  let total = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    requests += 1;
  });
  await visit();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return { kB: Math.round(total / 1000), requests };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
});
try {
  const signInContext = await browser.newContext();
  const signInPage = await signInContext.newPage();
  const signIn = await bytesOf(signInPage, () => signInPage.goto(`${base}/sign-in`));
  await signInContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email address').fill(LEAD.email);
  await page.getByLabel('Password', { exact: true }).fill(LEAD.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  const me = await (await page.request.get(`${base}/api/v1/auth/me`)).json();
  const url = `${base}/councils/${me.councilId}/dashboard`;
  // A fresh tab of the same browser profile would share the cache; measure a cold one.
  const cold = await browser.newContext({ storageState: await context.storageState() });
  const coldPage = await cold.newPage();
  const dashboard = await bytesOf(coldPage, () => coldPage.goto(url));
  const repeat = await bytesOf(coldPage, () => coldPage.reload());
  console.log(
    JSON.stringify({ identity, signIn, dashboard, dashboardRepeatView: repeat }, null, 2),
  );
} finally {
  await browser.close();
}
