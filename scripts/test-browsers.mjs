#!/usr/bin/env node
// `npm run test:browser`: the browser suite in every installed engine, one web-test-runner run each
// (Chromium, Firefox ESR, WebKit), then one line per engine saying whether it ran and what it counted.
// BROWSERS=firefox (or a comma-separated list) picks engines; extra arguments go to web-test-runner
// (e.g. `npm run test:browser -- --files test/components/form.test.ts`).
// ENGINES_AT_ONCE=2 (CI) runs two engines side by side, each on its own port; each engine's output is then kept
// and printed whole when it ends, so the lines of two runs never mix. The default is one after another, live.
// Exit code: non-zero when a test failed, when no engine ran, or, with REQUIRE_ALL_ENGINES=1 (CI), when any
// engine asked for was not installed.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enginesAtOnce, runAtOnce } from './at-once.mjs';
import { findEngine, INSTALL_HINT, selectedEngines } from './engines.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(rootDir, '.wtr-results');
const wtr = path.join(rootDir, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

/** `count` distinct free ports, all held open together while chosen so no two are the same. */
async function freePorts(count) {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const server = createServer();
          server.on('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => server.address().port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

const engines = selectedEngines();
const atOnce = enginesAtOnce();
const lines = new Map();
let failed = false;
let ran = 0;
let missing = 0;

const runnable = [];
for (const engine of engines) {
  const found = findEngine(engine);
  if (found.ok) {
    runnable.push({ engine, found });
  } else {
    missing++;
    lines.set(engine, `${engine}: MISSING, not run (${found.reason}; install: ${INSTALL_HINT[engine]})`);
  }
}
const side = atOnce > 1 && runnable.length > 1;
// Side by side, WebKit (the longest run) starts first, then Firefox, so the shortest is last to start.
if (side) runnable.sort((a, b) => engines.indexOf(b.engine) - engines.indexOf(a.engine));
const ports = side ? await freePorts(runnable.length) : [];

await runAtOnce(runnable, atOnce, async ({ engine, found }) => {
  const header = `\n::: browser tests in ${engine} (${found.path})`;
  rmSync(path.join(resultsDir, `${engine}.json`), { force: true });
  const started = Date.now();
  const env = { ...process.env, SMP_ENGINE: engine };
  if (side) env.SMP_WTR_PORT = String(ports[runnable.findIndex((r) => r.engine === engine)]);
  if (side) console.log(`::: browser tests in ${engine} started (output at its end)`);
  else console.log(header);
  const child = spawn(process.execPath, [wtr, ...process.argv.slice(2)], {
    cwd: rootDir,
    stdio: side ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env,
  });
  /** Both streams in the order they came, printed whole at the end when engines run side by side. */
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const { status, signal } = await new Promise((resolve) => {
    child.on('error', (error) => {
      output.push(Buffer.from(`could not start web-test-runner: ${error.message}\n`));
      resolve({ status: null, signal: 'spawn error' });
    });
    child.on('close', (code, sig) => resolve({ status: code, signal: sig }));
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (side) {
    console.log(header);
    process.stdout.write(Buffer.concat(output));
    console.log(`::: browser tests in ${engine} ended after ${seconds} s`);
  }
  let counts;
  try {
    counts = JSON.parse(readFileSync(path.join(resultsDir, `${engine}.json`), 'utf8'));
  } catch {
    // The runner ended before it could count (it could not start the browser, or crashed): say so below.
  }
  if (status !== 0 || !counts || counts.failed > 0 || counts.fileErrors > 0) failed = true;
  if (counts) ran++;
  lines.set(
    engine,
    counts
      ? `${engine}: ran ${counts.files} files in ${seconds} s: ${counts.passed} passed, ${counts.failed} failed, ` +
          `${counts.skipped} skipped${status === 0 ? '' : ` (web-test-runner exited ${status ?? signal})`}`
      : `${engine}: FAILED to run (web-test-runner exited ${status ?? signal}, no results)`,
  );
});

console.log(`\n::: browser engines${side ? ` (${atOnce} at once)` : ''}`);
for (const engine of engines) console.log(`  ${lines.get(engine)}`);
if (ran === 0) {
  console.error('No browser engine ran: install at least one (see above).');
  process.exit(1);
}
if (missing > 0 && process.env.REQUIRE_ALL_ENGINES === '1') {
  console.error(`REQUIRE_ALL_ENGINES=1: ${missing} engine(s) missing.`);
  process.exit(1);
}
process.exit(failed ? 1 : 0);
