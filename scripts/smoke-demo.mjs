#!/usr/bin/env node
// End-to-end smoke test of the demo site (`npm run test:demo`): starts demo/server.mjs on a free port, opens every
// demo page in Chromium, Firefox ESR and WebKit (MiniBrowser, Safari's engine) — whichever are installed, or those
// BROWSERS names (engines.mjs) — completes the assessment by clicks on the shadow DOM parts with the answers of
// `typicalJourney` (test/fixtures/answers.ts, the browser tests' fixture; hence `node --import tsx`), and checks
// what each host page got out of it. Every check runs in every engine, through one driver layer (demo-driver.mjs:
// puppeteer-core for Chromium and Firefox, webdriverio + WebKitWebDriver under xvfb-run for WebKit). Chromium runs
// at 1280 px, Firefox and WebKit at 320 px (WebKit in a 320 px frame: a MiniBrowser window is at least
// 447 px wide). Screenshots go to .screenshots/demo/<engine>/<page>-<moment>-<width>.png (under CI=true only a
// failure's).
// Where WebKit is driven differently (demo-driver.mjs says why): text is typed one key press per WebDriver request
// (sent as one sequence, WebKitWebDriver drops repeated keys and spaces); console errors, uncaught errors and
// unhandled rejections are recorded by a probe from the load event on and failed responses by the server, since
// classic WebDriver reports neither; dark mode is a second MiniBrowser started with --dark-mode.
// The end prints one line per engine: what ran, or MISSING with the install command. Exit code 0 when every check
// passed; non-zero when one failed, when no engine ran, or, with REQUIRE_ALL_ENGINES=1 (CI), when an engine is
// missing.
// Each engine at each width is one run with its own browser, demo server (and record of served requests) and
// output, printed whole when it ends; ENGINES_AT_ONCE=2 (CI) runs two of them side by side, one by one otherwise.
/* global document, window, getComputedStyle, OffscreenCanvas -- used inside page.evaluate callbacks */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoServer, STRICT_CSP } from '../demo/server.mjs';
import { typicalJourney } from '../test/fixtures/answers.ts';
import { enginesAtOnce, runAtOnce } from './at-once.mjs';
import { launchDriver, smokeMiddleware } from './demo-driver.mjs';
import { findEngine, INSTALL_HINT, selectedEngines } from './engines.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shotRoot = path.join(rootDir, '.screenshots', 'demo');

/**
 * One engine at one width: its own browser, demo server (so its record of served requests holds only its own),
 * screenshot folder, results and output. The output is kept and printed whole when the job ends, so jobs that
 * run side by side (ENGINES_AT_ONCE) never mix their lines.
 */
class Job {
  constructor(engine, width) {
    this.engine = engine;
    this.width = width;
    this.shotDir = path.join(shotRoot, engine);
    /** @type {{ name: string, ok: boolean, error?: unknown }[]} */
    this.results = [];
    this.output = [];
  }

  log(text) {
    this.output.push(text);
  }

  async check(name, fn) {
    const started = Date.now();
    try {
      await fn();
      this.results.push({ name, ok: true });
      this.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      this.results.push({ name, ok: false, error });
      this.log(
        `  ✗ ${name}\n      ${String(error?.stack ?? error)
          .split('\n')
          .join('\n      ')}`,
      );
    }
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, 'localhost', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Page helpers (over demo-driver.mjs, the same in every engine)

/**
 * Whether to take the screenshots a person looks at: not under CI (CI=true), where nobody sees them and their PNGs
 * (about 50 full pages, resized windows in WebKit) cost CPU the browser tests beside them need. A failure's
 * screenshot is taken everywhere (`always`).
 */
const TAKE_SHOTS = !['true', '1'].includes((process.env.CI ?? '').trim().toLowerCase());

/**
 * A full-page screenshot, or with `widget` only the element (mid-journey steps, readable at 320 px); resolves to its
 * path, or to null where screenshots are not taken (see TAKE_SHOTS).
 */
async function shot(page, name, width, { widget = false, always = false } = {}) {
  if (!TAKE_SHOTS && !always) return null;
  const file = path.join(shotRoot, page.engine, `${name}-${width}.png`);
  await page.screenshot(file, { widget });
  return path.relative(rootDir, file);
}

/** The id of the step the widget shows (`data-step` of its `step` part). */
const currentStep = (page) =>
  page.evaluate(() => document.querySelector('smp-assessment').shadowRoot.querySelector('[part~="step"]').dataset.step);

const clickPart = (page, part) => page.click(`smp-assessment >>> [part~="${part}"]`);

/** Waits until the widget shows its `part`. */
const waitForPart = (page, part, options) =>
  page.waitFor(
    (name) => {
      const found = document.querySelector('smp-assessment').shadowRoot.querySelector(`[part~="${name}"]`);
      return !!found && found.getClientRects().length > 0;
    },
    options,
    part,
  );

/** Describes the current step's native inputs: choice groups (radio or checkbox) and textareas. */
function describeStep(page) {
  return page.evaluate(() => {
    const root = document.querySelector('smp-assessment').shadowRoot;
    const groups = {};
    for (const input of root.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
      const group = (groups[input.name] ??= { type: input.type, values: [], checked: [] });
      group.values.push(input.value);
      if (input.checked) group.checked.push(input.value);
    }
    const texts = [...root.querySelectorAll('textarea')].map((t) => ({ name: t.name, value: t.value }));
    return { groups, texts };
  });
}

/** Clicks the label of the native input `name`=`value` inside the widget, as a patient would. */
const clickOption = (page, name, value) =>
  page.click(`smp-assessment >>> input[name="${name}"][value="${value}"]`, { label: true });

/**
 * Answers every step by clicks (prefilled answers are kept), adds `photo` on the photos step when given,
 * and finishes the review. Returns the step ids visited.
 */
async function completeJourney(page, { photo, shots = {}, width } = {}) {
  const visited = [];
  await clickPart(page, 'start-button');
  for (let guard = 0; guard < 40; guard += 1) {
    const step = await currentStep(page);
    visited.push(step);
    if (shots[step]) await shot(page, shots[step], width, { widget: true });
    if (step === 'review') {
      await clickPart(page, 'finish-button');
      await waitForPart(page, 'summary');
      visited.push('summary');
      return visited;
    }
    const { groups, texts } = await describeStep(page);
    for (const [name, group] of Object.entries(groups)) {
      if (group.checked.length) continue;
      // The fixture answers every question a journey can show (test/model/validation.test.ts checks it complete).
      assert.ok(typicalJourney[name] !== undefined, `the typical journey has no answer for ${name}`);
      for (const value of [typicalJourney[name]].flat()) await clickOption(page, name, value);
    }
    for (const { name, value } of texts) {
      if (value || !typicalJourney[name]) continue;
      await page.type(`smp-assessment >>> textarea[name="${name}"]`, typicalJourney[name]);
      const typed = await page.evaluate(
        (n) => document.querySelector('smp-assessment').shadowRoot.querySelector(`textarea[name="${n}"]`).value,
        name,
      );
      assert.equal(typed, typicalJourney[name], `the ${name} textarea holds what was typed`);
    }
    if (step === 'photos' && photo) {
      await page.upload('smp-assessment >>> input[name="photo-front"]', photo);
      const shown = () => !!document.querySelector('smp-assessment').shadowRoot.querySelector('.photo-slot img');
      await page.waitFor(shown, { timeout: 30_000 }).catch(async (error) => {
        const slot = await page.evaluate(
          () => document.querySelector('smp-assessment').shadowRoot.querySelector('.photo-slot')?.innerText,
        );
        throw new Error(`the photo did not show: ${slot}`, { cause: error });
      });
    }
    await clickPart(page, 'continue-button');
    await page
      .waitFor(
        (before) =>
          document.querySelector('smp-assessment').shadowRoot.querySelector('[part~="step"]').dataset.step !== before,
        { timeout: 20_000 },
        step,
      )
      .catch(async (error) => {
        const state = await page.evaluate(() => {
          const root = document.querySelector('smp-assessment').shadowRoot;
          const checked = [...root.querySelectorAll('input:checked')].map((i) => `${i.name}=${i.value}`);
          const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent.trim());
          return `checked ${checked.join(', ') || 'nothing'}; alerts: ${alerts.join(' | ') || 'none'}`;
        });
        const file = await shot(page, `stuck-${step}`, width, { widget: true, always: true });
        throw new Error(`Continue did not leave the step ${step} (${state}); screenshot ${file}`, { cause: error });
      });
  }
  throw new Error(`the journey did not reach the review: ${visited.join(' → ')}`);
}

async function assertNoProblems(page) {
  const problems = await page.problems();
  assert.deepEqual(problems, [], `console errors, page errors or failed requests:\n${problems.join('\n')}`);
}

/** A JPEG made by the browser itself (a canvas), so the photo step has something real to re-encode. */
async function makePhoto(driver, origin, tag) {
  const page = await driver.open(`${origin}/demo/strict-csp/strict-csp.css`, 320, { widget: false });
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1200, 900);
    const g = canvas.getContext('2d');
    const sky = g.createLinearGradient(0, 0, 1200, 900);
    sky.addColorStop(0, '#d9b99b');
    sky.addColorStop(1, '#8a6a52');
    g.fillStyle = sky;
    g.fillRect(0, 0, 1200, 900);
    g.fillStyle = '#3b3633';
    for (let i = 0; i < 4000; i += 1) g.fillRect((i * 97) % 1200, 120 + ((i * 53) % 500), 3, 3);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  });
  await page.close();
  // Named by engine and width too: jobs run side by side in this one process.
  const file = path.join(os.tmpdir(), `smp-demo-front-${process.pid}-${driver.engine}-${tag}.jpg`);
  await writeFile(file, Buffer.from(base64, 'base64'));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// The checks

async function clinicPage(driver, origin, width, photo) {
  const page = await driver.open(`${origin}/demo/index.html`, width);
  await shot(page, 'index-start', width);
  const incomplete = await page.evaluate(() => document.querySelector('form').checkValidity());
  assert.equal(incomplete, false, 'the form must be invalid while the required assessment is not complete');

  await page.type('#name', 'Jordan Alvarez');
  await page.type('#email', 'jordan@example.com');
  await page.type('#phone', '(219) 555-0199');
  await page.click('#consent');
  const visited = await completeJourney(page, {
    photo,
    width,
    shots: { concerns: 'index-concerns', photos: 'index-photos', review: 'index-review' },
  });
  assert.ok(visited.includes('tint') && visited.includes('concern-details'), `follow-ups visited: ${visited}`);
  await shot(page, 'index-summary', width);
  const valid = await page.evaluate(() => document.querySelector('form').checkValidity());
  assert.equal(valid, true, 'the form is valid once complete');
  const reference = await page.evaluate(() => document.querySelector('smp-assessment').summary.reference);

  await page.navigateBy(() => page.click('button[type="submit"]'));
  assert.match(await page.url(), /\/consultation$/);
  const received = await page.evaluate(() => {
    const field = (name) => document.querySelector(`[data-field="${name}"] pre`)?.textContent ?? null;
    return {
      title: document.querySelector('h1')?.textContent,
      contact: document.querySelector('.contact')?.textContent ?? '',
      text: field('assessment'),
      json: field('assessment-json'),
      fhir: field('assessment-fhir'),
      photos: [...document.querySelectorAll('.received-photo')].map((f) => ({
        field: f.dataset.field,
        caption: f.querySelector('figcaption')?.textContent ?? '',
        src: f.querySelector('img')?.getAttribute('src')?.slice(0, 23) ?? '',
        loaded: (f.querySelector('img')?.naturalWidth ?? 0) > 0,
      })),
      scripts: document.querySelectorAll('script').length,
    };
  });
  await shot(page, 'index-received', width);
  assert.equal(received.title, 'What the clinic received');
  for (const part of ['Jordan Alvarez', 'jordan@example.com', '(219) 555-0199']) {
    assert.ok(received.contact.includes(part), `contact shows ${part}`);
  }
  assert.ok(received.text?.includes(reference), 'the plain-text summary carries the reference');
  const notesLine = received.text.split('\n').find((line) => line.includes('Evenings')) ?? '(no notes line)';
  assert.ok(received.text.includes(typicalJourney.notes), `free text arrives verbatim, shown as text: ${notesLine}`);
  assert.equal(received.scripts, 0, 'free text is never turned into markup on the received page');
  const json = JSON.parse(received.json);
  assert.equal(json.schema, 'smp-assessment/2');
  assert.equal(json.reference, reference);
  assert.deepEqual(json.categories, ['placement', 'depth']);
  assert.equal(json.photos.length, 1);
  const fhir = JSON.parse(received.fhir);
  assert.equal(fhir.resourceType, 'QuestionnaireResponse');
  assert.equal(fhir.status, 'completed');
  assert.equal(received.photos.length, 1, 'one photo received');
  assert.equal(received.photos[0].field, 'assessment-photo');
  assert.match(received.photos[0].caption, /front\.jpg · image\/jpeg/);
  assert.equal(received.photos[0].src, 'data:image/jpeg;base64,');
  assert.ok(received.photos[0].loaded, 'the thumbnail shows');
  await assertNoProblems(page);
  await page.close();
  return `reference ${reference}; received ${received.text.length} chars of text, JSON, FHIR and 1 photo`;
}

/**
 * The clinic page follows the patient's dark mode: its --smp-* values come from its own dark palette. Chromium
 * emulates the dark scheme per page (DevTools protocol); Firefox and WebKit cannot over WebDriver, so there a
 * second browser starts dark (a Firefox preference, MiniBrowser's --dark-mode): see demo-driver.mjs.
 */
async function clinicDarkPage(driver, origin, width) {
  const page = await driver.open(`${origin}/demo/index.html`, width, { dark: true });
  try {
    const scheme = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
    assert.equal(scheme, true, 'the browser reports the dark colour scheme');
    await clickPart(page, 'start-button');
    await page.waitFor(
      () => !!document.querySelector('smp-assessment').shadowRoot.querySelector('input[type="radio"]'),
    );
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('smp-assessment')).backgroundColor,
    );
    await shot(page, 'index-dark', width);
    assert.equal(background, 'rgb(17, 26, 36)', 'the widget paints the clinic dark background');
    return `widget background ${background}`;
  } finally {
    await page.close();
  }
}

async function partnerPage(driver, origin, width) {
  const page = await driver.open(`${origin}/demo/partner.html`, width);
  await shot(page, 'partner-start', width);
  await completeJourney(page, { width, shots: { concerns: 'partner-concerns' } });
  await waitForPart(page, 'consultation-button');
  const partner = await page.evaluate(() => document.querySelector('smp-assessment').summary.partner);
  assert.equal(partner, 'inkline-studio');
  await shot(page, 'partner-summary', width);
  await page.navigateBy(() => clickPart(page, 'consultation-button'));
  const url = await page.url();
  assert.match(url, /\/demo\/index\.html$/, 'the consultation button opens the clinic page');
  assert.ok(!url.includes('?') && !url.includes('#'), 'no answer goes into the URL');
  await assertNoProblems(page);
  await page.close();
  return `partner=${partner}; consultation-button opened ${new URL(url).pathname}`;
}

async function strictCspPage(driver, origin, width, photo) {
  const url = `${origin}/demo/strict-csp.html`;
  // What the server sends, read from Node: WebDriver gives no response headers (the browser enforcing the policy
  // is what the counter and its control below prove).
  const response = await fetch(url);
  assert.equal(response.headers.get('content-security-policy'), STRICT_CSP);
  const served = await response.text();
  assert.doesNotMatch(served, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script (the dev server injects none)');
  assert.doesNotMatch(served, /<style|\sstyle=/i, 'no inline style');
  const page = await driver.open(url, width);
  // With a photo, so the blob: thumbnail is exercised under img-src too.
  await completeJourney(page, { width, photo });
  await page.waitFor(() => !document.getElementById('result').hidden);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const state = await page.evaluate(() => ({
    violations: window.cspViolations,
    shown: document.getElementById('csp-count').textContent,
    reference: document.getElementById('result-reference').textContent,
    trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
  }));
  await shot(page, 'strict-csp-summary', width);
  assert.ok(state.trustedTypes, 'the browser enforces Trusted Types');
  assert.deepEqual(state.violations, [], 'no securitypolicyviolation during the journey');
  assert.equal(state.shown, '0');
  assert.match(state.reference, /\S/);
  await assertNoProblems(page);
  // Control: the counter does see a violation (an inline style attribute), so "0" above means something.
  await page.evaluate(() => document.querySelector('h1').setAttribute('style', 'color: red'));
  await page.waitFor(() => document.getElementById('csp-count').textContent === '1');
  await page.close();
  return `0 violations, reference ${state.reference} (control: an inline style was counted)`;
}

async function frameworkPage(driver, origin, width, framework, prefill) {
  const page = await driver.open(`${origin}/demo/frameworks/${framework}.html`, width);
  await shot(page, `${framework}-start`, width);
  const answers = await page.evaluate(() => document.querySelector('smp-assessment').answers);
  assert.deepEqual(answers, prefill, `${framework} set the answers property`);
  await completeJourney(page, { width });
  const reference = await page.evaluate(() => document.querySelector('smp-assessment').summary.reference);
  await page.waitFor(() => !!document.querySelector('[data-testid="reference"]'));
  const rendered = await page.evaluate(() => document.querySelector('[data-testid="reference"]').textContent.trim());
  assert.equal(rendered, reference, `${framework} rendered the reference from smp-complete`);
  const text = await page.evaluate(() => document.querySelector('[data-testid="result"]').textContent);
  assert.ok(text.includes('QuestionnaireResponse, completed'), `${framework} got the FHIR resource`);
  await shot(page, `${framework}-summary`, width);
  await assertNoProblems(page);
  await page.close();
  return `prefill kept, ${framework} rendered ${rendered}`;
}

/**
 * The form-builder page: a plugin form sent with fetch(new FormData(form)) whose mail template knows only its
 * own fields. The email must carry exactly the text of smp-complete, through the hidden field `summary-field`
 * names; the plugin's reset after sending empties that field. The email body is written next to the shots.
 */
async function formBuilderPage(driver, origin, width) {
  const page = await driver.open(`${origin}/demo/form-builder.html`, width);
  await page.type('#your-name', 'Sam Rivera');
  await page.type('#your-email', 'sam@example.com');
  await page.type('#your-phone', '219 555 0199');
  await page.evaluate(() =>
    document
      .querySelector('smp-assessment')
      .addEventListener('smp-complete', (event) => (window.smpText = event.detail.text)),
  );
  await completeJourney(page, { width });
  const text = await page.evaluate(() => window.smpText);
  assert.match(text, /Kirby-Desai/, 'smp-complete carried the text');
  const field = await page.evaluate(() => document.querySelector('input[name="smp-summary"]').value);
  assert.equal(field, text, 'the hidden field holds it');
  await shot(page, 'form-builder-complete', width);
  await page.click('form button.submit');
  await page.waitFor(() => !document.getElementById('mail').hidden);
  const mail = await page.evaluate(() => ({
    subject: document.getElementById('mail-subject').textContent,
    body: document.getElementById('mail-body').textContent,
    ignored: document.getElementById('mail-ignored').textContent,
    status: document.querySelector('.wpcf7-response-output').textContent,
    field: document.querySelector('input[name="smp-summary"]').value,
  }));
  await shot(page, 'form-builder-mail', width);
  assert.equal(mail.status, 'Thank you for your message. It has been sent.');
  assert.equal(mail.subject, 'SMP removal consultation request from Sam Rivera');
  assert.ok(mail.body.startsWith('From: Sam Rivera <sam@example.com>\nPhone: 219 555 0199\n\n'), mail.body);
  assert.ok(mail.body.includes(`\n\n${text}\n\n--\n`), 'the email carries exactly the summary text');
  assert.match(mail.ignored, /assessment, assessment-json, assessment-fhir/, "the element's own value is ignored");
  assert.equal(mail.field, '', "the plugin's form reset emptied the hidden field");
  await writeFile(path.join(shotRoot, driver.engine, `form-builder-mail-${width}.txt`), mail.body);
  await assertNoProblems(page);
  await page.close();
  return `email of ${mail.body.length} chars with the ${text.length}-char summary; field emptied after sending`;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * Chromium at the desktop's width, Firefox and WebKit at the phone's (the browser tests already run Chromium at 320 px;
 * a fourth run here cost CI about 50 s of a 10-minute budget).
 */
const WIDTHS = { chromium: [1280], firefox: [320], webkit: [320] };

/** Demo servers start one after another (see runJob). */
let serverStarts = Promise.resolve();

/** The seven checks of one engine at one width, in its own browser and with its own demo server. */
async function runJob(job, found) {
  const { engine, width } = job;
  const started = Date.now();
  /** Every response of this job's demo server (WebKit's failed requests are read from it: see demo-driver.mjs). */
  const served = [];
  let demo;
  let driver;
  let photo;
  try {
    // One server starts at a time: two jobs asking for a free port at once could be told the same one.
    const starting = serverStarts.then(async () =>
      startDemoServer({ port: await freePort(), quiet: true, middleware: [smokeMiddleware(served)] }),
    );
    serverStarts = starting.catch(() => undefined);
    demo = await starting;
    job.log(`\nDemo smoke test: ${demo.origin} in ${engine} (${found.path}), ${width} px`);
    await mkdir(job.shotDir, { recursive: true });
    driver = await launchDriver(engine, found, { origin: demo.origin, served });
    photo = await makePhoto(driver, demo.origin, width);
    const { origin } = demo;
    await job.check(`${engine} index.html: form POST shows the text, JSON, FHIR and photo (${width})`, async () => {
      job.log(`      ${await clinicPage(driver, origin, width, photo)}`);
    });
    await job.check(`${engine} index.html: dark mode theme (${width})`, async () => {
      job.log(`      ${await clinicDarkPage(driver, origin, width)}`);
    });
    await job.check(`${engine} partner.html: completes, consultation button opens the clinic (${width})`, async () => {
      job.log(`      ${await partnerPage(driver, origin, width)}`);
    });
    await job.check(`${engine} strict-csp.html: zero CSP violations, no console errors (${width})`, async () => {
      job.log(`      ${await strictCspPage(driver, origin, width, photo)}`);
    });
    await job.check(`${engine} frameworks/react.html: React 19 renders smp-complete (${width})`, async () => {
      const prefill = { 'smp-last-session': '1-3-years', 'smp-sessions': '3-4' };
      job.log(`      ${await frameworkPage(driver, origin, width, 'react', prefill)}`);
    });
    await job.check(`${engine} form-builder.html: the plugin's email carries the summary (${width})`, async () => {
      job.log(`      ${await formBuilderPage(driver, origin, width)}`);
    });
    await job.check(`${engine} frameworks/vue.html: Vue 3 renders smp-complete (${width})`, async () => {
      const prefill = { 'smp-last-session': 'over-5-years', 'smp-practitioners': 'more-than-one' };
      job.log(`      ${await frameworkPage(driver, origin, width, 'vue', prefill)}`);
    });
  } catch (error) {
    // The engine or its server could not start (or broke between checks): a failed result, so the exit code says so.
    job.results.push({ name: `${engine} at ${width} px: the browser`, ok: false, error });
    job.log(`  ✗ ${engine} at ${width} px could not run: ${String(error?.stack ?? error)}`);
  } finally {
    await driver?.close().catch((error) => job.log(`  (closing ${engine} failed: ${error.message})`));
    if (photo) await rm(photo, { force: true });
    await demo?.stop().catch((error) => job.log(`  (stopping the demo server failed: ${error.message})`));
  }
  const bad = job.results.filter((r) => !r.ok).length;
  job.seconds = Math.round((Date.now() - started) / 1000);
  job.line = `${engine} at ${width} px: ran ${job.results.length} checks in ${job.seconds} s: ${job.results.length - bad} passed, ${bad} failed`;
  // Printed whole at the end of the job (side by side, another job's lines would otherwise come in between).
  console.log(job.output.join('\n'));
}

const engines = selectedEngines();
const atOnce = enginesAtOnce();
await rm(shotRoot, { recursive: true, force: true });

/** One line per engine and width for the end: what ran, or why not. */
const lines = [];
let missing = 0;
const jobs = [];
for (const engine of engines) {
  const found = findEngine(engine);
  if (!found.ok) {
    missing += 1;
    lines.push(`${engine}: MISSING, not run (${found.reason}; install: ${INSTALL_HINT[engine]})`);
    console.log(`\n${engine}: MISSING, not run (${found.reason})`);
    continue;
  }
  for (const width of WIDTHS[engine]) jobs.push({ job: new Job(engine, width), found });
}
// Side by side, the slowest (WebKit, then Firefox) start first, so the shortest is last to start.
if (atOnce > 1) jobs.sort((a, b) => engines.indexOf(b.job.engine) - engines.indexOf(a.job.engine));
if (atOnce > 1) console.log(`Demo smoke test: ${jobs.length} engine and width runs, ${atOnce} at once`);
await runAtOnce(jobs, atOnce, ({ job, found }) => runJob(job, found));
const done = jobs.map(({ job }) => job).sort((a, b) => engines.indexOf(a.engine) - engines.indexOf(b.engine));
lines.push(...done.map((job) => job.line));
const results = done.flatMap((job) => job.results);

console.log('\n::: demo pages by engine');
for (const line of lines) console.log(`  ${line}`);
if (results.length === 0) {
  console.error('No browser ran the demo pages: install Chromium, Firefox or WebKit (see scripts/engines.mjs).');
  process.exit(1);
}
if (missing && process.env.REQUIRE_ALL_ENGINES === '1') {
  console.error(`REQUIRE_ALL_ENGINES=1: ${missing} engine(s) missing.`);
  process.exit(1);
}
const failed = results.filter((r) => !r.ok);
console.log(
  `\n${results.length - failed.length} passed, ${failed.length} failed. Screenshots: ${path.relative(rootDir, shotRoot)}/${TAKE_SHOTS ? '' : " (under CI only a failure's)"}`,
);
process.exit(failed.length ? 1 : 0);
