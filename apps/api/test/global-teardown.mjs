export default async function globalTeardown() {
  const pg = globalThis.__RCP_TEST_PG__;
  if (pg) await pg.stop();
}
