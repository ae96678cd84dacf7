// Loaded into the API by the benchmark only (node --require): records the SQL statements a request
// runs, so the benchmark can run the same statements directly. A request is recorded when it
// carries `x-bench-capture: <file>`; its statements are written to that file as JSON when the
// answer has been sent. Statements are tied to the request by its async context.
const { AsyncLocalStorage } = require('node:async_hooks');
const { writeFileSync } = require('node:fs');
const http = require('node:http');
const pg = require('pg');

const current = new AsyncLocalStorage();

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  const [req, res] = args;
  const file = event === 'request' && req.headers['x-bench-capture'];
  if (!file) return emit.call(this, event, ...args);
  const statements = [];
  res.on('finish', () => writeFileSync(file, JSON.stringify(statements)));
  return current.run(statements, () => emit.call(this, event, ...args));
};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (...args) {
  const [config, values] = args;
  const statements = current.getStore();
  if (statements) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = Array.isArray(values) ? values : config?.values;
    if (text) statements.push({ text, values: params ?? [] });
  }
  return query.apply(this, args);
};
