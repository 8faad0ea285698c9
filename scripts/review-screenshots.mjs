#!/usr/bin/env node
// `npm run screenshots:review`: runs the screenshot test in each installed engine (or BROWSERS), then copies
// its 320 px shots, light and dark, into docs/review/engines/<engine>-<nn>-<step>-<theme>.png, so the three
// engines can be looked at side by side in a review. Shots of an engine that did not run are left as they were.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES } from './engines.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(rootDir, '.screenshots', 'engines');
const to = path.join(rootDir, 'docs', 'review', 'engines');

rmSync(from, { recursive: true, force: true });
const run = spawnSync(
  process.execPath,
  [path.join(rootDir, 'scripts', 'test-browsers.mjs'), 'test/components/screenshots.test.ts'],
  { cwd: rootDir, stdio: 'inherit' },
);
let shots = [];
try {
  shots = readdirSync(from);
} catch {
  // no engine took a shot: reported below
}
mkdirSync(to, { recursive: true });
let copied = 0;
for (const engine of ENGINES) {
  const mine = shots.filter((name) => name.startsWith(`${engine}-320-`));
  if (mine.length === 0) continue;
  for (const old of readdirSync(to).filter((name) => name.startsWith(`${engine}-`))) rmSync(path.join(to, old));
  for (const name of mine) copyFileSync(path.join(from, name), path.join(to, name.replace('-320-', '-')));
  copied += mine.length;
  console.log(`${engine}: ${mine.length} shots in ${path.relative(rootDir, to)}/`);
}
if (copied === 0) console.error('No screenshots were taken.');
process.exit(run.status === 0 && copied > 0 ? 0 : 1);
