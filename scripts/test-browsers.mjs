#!/usr/bin/env node
// `npm run test:browser`: the browser suite in every installed engine, one web-test-runner run each
// (Chromium, Firefox ESR, WebKit), then one line per engine saying whether it ran and what it counted.
// BROWSERS=firefox (or a comma-separated list) picks engines; extra arguments go to web-test-runner
// (e.g. `npm run test:browser -- --files test/components/form.test.ts`).
// Exit code: non-zero when a test failed, when no engine ran, or, with REQUIRE_ALL_ENGINES=1 (CI), when any
// engine asked for was not installed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEngine, INSTALL_HINT, selectedEngines } from './engines.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(rootDir, '.wtr-results');
const wtr = path.join(rootDir, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');

const engines = selectedEngines();
const lines = [];
let failed = false;
let ran = 0;
let missing = 0;

for (const engine of engines) {
  const found = findEngine(engine);
  if (!found.ok) {
    missing++;
    lines.push(`${engine}: MISSING, not run (${found.reason}; install: ${INSTALL_HINT[engine]})`);
    continue;
  }
  console.log(`\n::: browser tests in ${engine} (${found.path})`);
  rmSync(path.join(resultsDir, `${engine}.json`), { force: true });
  const started = Date.now();
  const run = spawnSync(process.execPath, [wtr, ...process.argv.slice(2)], {
    cwd: rootDir,
    stdio: 'inherit',
    env: { ...process.env, SMP_ENGINE: engine },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts;
  try {
    counts = JSON.parse(readFileSync(path.join(resultsDir, `${engine}.json`), 'utf8'));
  } catch {
    // The runner ended before it could count (it could not start the browser, or crashed): say so below.
  }
  if (run.status !== 0 || !counts || counts.failed > 0 || counts.fileErrors > 0) failed = true;
  if (counts) ran++;
  lines.push(
    counts
      ? `${engine}: ran ${counts.files} files in ${seconds} s: ${counts.passed} passed, ${counts.failed} failed, ` +
          `${counts.skipped} skipped${run.status === 0 ? '' : ` (web-test-runner exited ${run.status})`}`
      : `${engine}: FAILED to run (web-test-runner exited ${run.status ?? run.signal}, no results)`,
  );
}

console.log('\n::: browser engines');
for (const line of lines) console.log(`  ${line}`);
if (ran === 0) {
  console.error('No browser engine ran: install at least one (see above).');
  process.exit(1);
}
if (missing > 0 && process.env.REQUIRE_ALL_ENGINES === '1') {
  console.error(`REQUIRE_ALL_ENGINES=1: ${missing} engine(s) missing.`);
  process.exit(1);
}
process.exit(failed ? 1 : 0);
