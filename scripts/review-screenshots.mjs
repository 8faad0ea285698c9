#!/usr/bin/env node
// `npm run screenshots:review`: runs the screenshot test in each installed engine (or BROWSERS), then copies
// its 320 px shots, light and dark, into docs/review/engines/<engine>-<nn>-<step>-<theme>.png, so the three
// engines can be looked at side by side in a review. Shots of an engine that did not run are left as they were.
// Chromium's 375 px (phone) and 1280 px (desktop) shots, English and Spanish, light and dark, go into
// docs/review/steps/<width>-<lang>-<nn>-<step>-<theme>.png: every screen of the patient's path.
// Each is stored with a 256-colour palette (upng-js), about a third of the size, so the repository holds all
// three engines' shots in a few MB; text and colours stay as the browser drew them, to the eye.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import UPNG from 'upng-js';
import { ENGINES } from './engines.mjs';

/** The PNG at `source`, re-encoded with at most 256 colours, written to `target`. */
function copyWithPalette(source, target) {
  const image = UPNG.decode(readFileSync(source));
  writeFileSync(target, Buffer.from(UPNG.encode(UPNG.toRGBA8(image), image.width, image.height, 256)));
}

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(rootDir, '.screenshots', 'engines');
const to = path.join(rootDir, 'docs', 'review', 'engines');
const stepsTo = path.join(rootDir, 'docs', 'review', 'steps');

rmSync(from, { recursive: true, force: true });
const run = spawnSync(
  process.execPath,
  [path.join(rootDir, 'scripts', 'test-browsers.mjs'), 'test/components/screenshots.test.ts'],
  // Ten sets of about thirty screens each: more than the 400 s a test file normally gets.
  { cwd: rootDir, stdio: 'inherit', env: { ...process.env, SMP_TESTS_FINISH_TIMEOUT: '1800000' } },
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
  for (const name of mine) copyWithPalette(path.join(from, name), path.join(to, name.replace('-320-', '-')));
  copied += mine.length;
  console.log(`${engine}: ${mine.length} shots in ${path.relative(rootDir, to)}/`);
}
const steps = shots.filter((name) => /^chromium-(375|1280)-(en|es)-/.test(name));
if (steps.length) {
  rmSync(stepsTo, { recursive: true, force: true });
  mkdirSync(stepsTo, { recursive: true });
  for (const name of steps) copyWithPalette(path.join(from, name), path.join(stepsTo, name.replace(/^chromium-/, '')));
  console.log(
    `chromium: ${steps.length} shots at 375 and 1280 px, English and Spanish, in ${path.relative(rootDir, stepsTo)}/`,
  );
}
if (copied === 0) console.error('No screenshots were taken.');
process.exit(run.status === 0 && copied > 0 ? 0 : 1);
