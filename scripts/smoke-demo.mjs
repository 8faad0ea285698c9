#!/usr/bin/env node
// End-to-end smoke test of the demo site (`npm run test:demo`): starts demo/server.mjs on a free port,
// opens every demo page in headless Chromium and Firefox ESR (whichever are installed, or those BROWSERS
// names; see engines.mjs), completes the assessment by clicks on the shadow DOM parts, and checks what each
// host page got out of it. Screenshots go to .screenshots/demo/<engine>/<page>-<moment>-<width>.png at 1280
// and 320 px wide. WebKit is not driven here: puppeteer cannot drive it, and this script is puppeteer's; the
// browser suite covers the same pages in WebKit (test/components/strict-csp, network, coexistence tests).
// Exit code 0 when every check passed; with REQUIRE_ALL_ENGINES=1, also non-zero when Chromium or Firefox is
// missing.
/* global document, window, customElements, getComputedStyle, OffscreenCanvas -- used inside page.evaluate callbacks */
import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer, STRICT_CSP } from '../demo/server.mjs';
import { chromeArgs } from './chrome-path.mjs';
import { findEngine, selectedEngines } from './engines.mjs';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shotRoot = path.join(rootDir, '.screenshots', 'demo');
/** Where the current engine's screenshots go (set per engine below). */
let shotDir = shotRoot;
const WIDTHS = [1280, 320];

/** The answers the journey picks where a page has not prefilled one; others get their first option. */
const PICKS = {
  'smp-areas': ['hairline', 'temples'],
  concerns: ['hairline-placement', 'blue-green-tint', 'other'],
  'hairline-problem': ['too-low'],
  'tint-colour': 'blue',
  'tint-onset': 'over-time',
  'concern-details': 'Dots near my <temple> look "smudged" & grey.',
  goal: 'fade-for-redo',
  'hair-status': 'thinning',
  'hair-transplant': 'no',
  'skin-type': 'III',
  'recent-tan': 'no',
  medicines: ['none'],
  health: ['none'],
  scarring: 'none',
  'previous-removal': 'none',
  notes: '<script>alert("x")</script> Evenings after 6 are best & thanks!',
};

const results = [];
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    console.log(
      `  ✗ ${name}\n      ${String(error?.stack ?? error)
        .split('\n')
        .join('\n      ')}`,
    );
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
// Page helpers

/** Opens a page that records console errors, page errors and failed requests. */
async function openPage(browser, url, width) {
  // A fresh incognito-like context per page: no draft or clipboard state carries over between checks.
  const context = await browser.createBrowserContext();
  // Firefox over WebDriver BiDi grants no permissions this way; Copy there takes the widget's fallback path.
  await context
    .overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write'])
    .catch(() => undefined);
  const page = await context.newPage();
  // Generous: the CI machine has 2 cores and may be running other suites at the same time.
  page.setDefaultTimeout(60_000);
  page.once('close', () => void context.close().catch(() => {}));
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText ?? ''}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('smp-assessment') !== undefined);
  await page.waitForSelector('smp-assessment >>> [part~="step"]');
  return { page, problems, response };
}

/** A full-page screenshot, or with `widget` only the element (mid-journey steps, readable at 320 px). */
async function shot(page, name, width, { widget = false } = {}) {
  const file = path.join(shotDir, `${name}-${width}.png`);
  if (widget) await (await page.$('smp-assessment')).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
  return path.relative(rootDir, file);
}

/** The id of the step the widget shows (`data-step` of its `step` part). */
const currentStep = (page) =>
  page.$eval('smp-assessment', (el) => el.shadowRoot.querySelector('[part~="step"]').dataset.step);

async function clickPart(page, part) {
  const button = await page.waitForSelector(`smp-assessment >>> [part~="${part}"]`, { visible: true });
  await button.click();
}

/** Describes the current step's native inputs: choice groups (radio or checkbox) and textareas. */
function describeStep(page) {
  return page.$eval('smp-assessment', (el) => {
    const root = el.shadowRoot;
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
async function clickOption(page, name, value) {
  const label = await page.evaluateHandle(
    (el, n, v) => el.shadowRoot.querySelector(`input[name="${n}"][value="${v}"]`)?.labels?.[0] ?? null,
    await page.$('smp-assessment'),
    name,
    value,
  );
  assert.ok(label.asElement(), `no label for ${name}=${value}`);
  await label.asElement().click();
}

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
      await page.waitForSelector('smp-assessment >>> [part~="summary"]', { visible: true });
      visited.push('summary');
      return visited;
    }
    const { groups, texts } = await describeStep(page);
    for (const [name, group] of Object.entries(groups)) {
      if (group.checked.length) continue;
      const pick = PICKS[name] ?? group.values[0];
      for (const value of [pick].flat()) await clickOption(page, name, value);
    }
    for (const { name, value } of texts) {
      if (value || !PICKS[name]) continue;
      const area = await page.waitForSelector(`smp-assessment >>> textarea[name="${name}"]`);
      await area.type(PICKS[name]);
      const typed = await area.evaluate((el) => el.value);
      assert.equal(typed, PICKS[name], `the ${name} textarea holds what was typed`);
    }
    if (step === 'photos' && photo) {
      const input = await page.waitForSelector('smp-assessment >>> input[name="photo-front"]');
      await input.uploadFile(photo);
      // waitForFunction polls each frame; a selector wait would not notice changes inside the shadow root.
      const shown = () => !!document.querySelector('smp-assessment').shadowRoot.querySelector('.photo-slot img');
      await page.waitForFunction(shown, { timeout: 30_000 }).catch(async (error) => {
        const slot = await page.$eval('smp-assessment', (el) => el.shadowRoot.querySelector('.photo-slot')?.innerText);
        throw new Error(`the photo did not show: ${slot}`, { cause: error });
      });
    }
    await clickPart(page, 'continue-button');
    await page.waitForFunction(
      (before) =>
        document.querySelector('smp-assessment').shadowRoot.querySelector('[part~="step"]').dataset.step !== before,
      { timeout: 20_000 },
      step,
    );
  }
  throw new Error(`the journey did not reach the review: ${visited.join(' → ')}`);
}

function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `console errors, page errors or failed requests:\n${problems.join('\n')}`);
}

/** A JPEG made by the browser itself (a canvas), so the photo step has something real to re-encode. */
async function makePhoto(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/demo/strict-csp/strict-csp.css`);
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
  const file = path.join(os.tmpdir(), `smp-demo-front-${process.pid}.jpg`);
  await writeFile(file, Buffer.from(base64, 'base64'));
  return file;
}

// ---------------------------------------------------------------------------------------------------------
// The checks

async function clinicPage(browser, origin, width, photo) {
  const { page, problems } = await openPage(browser, `${origin}/demo/index.html`, width);
  await shot(page, 'index-start', width);
  const incomplete = await page.$eval('form', (form) => form.checkValidity());
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
  assert.equal(await page.$eval('form', (form) => form.checkValidity()), true, 'the form is valid once complete');
  const reference = await page.$eval('smp-assessment', (el) => el.summary.reference);

  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
  assert.match(page.url(), /\/consultation$/);
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
  assert.ok(received.text.includes(PICKS.notes), `free text arrives verbatim, shown as text: ${notesLine}`);
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
  assertNoProblems(problems);
  await page.close();
  return `reference ${reference}; received ${received.text.length} chars of text, JSON, FHIR and 1 photo`;
}

/** The clinic page follows the patient's dark mode: its --smp-* values come from its own dark palette. */
async function clinicDarkPage(browser, origin, width, firefox) {
  // Chromium emulates the dark scheme per page (DevTools protocol); Firefox over WebDriver BiDi cannot, so
  // there a second Firefox starts with its content colour scheme set to dark (0) by preference.
  const dark = firefox
    ? await puppeteer.launch({
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': 0 },
      })
    : undefined;
  const context = await (dark ?? browser).createBrowserContext();
  const page = await context.newPage();
  if (!dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.setViewport({ width, height: 900 });
  await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
  await page.waitForSelector('smp-assessment >>> [part~="start-button"]');
  await clickPart(page, 'start-button');
  await page.waitForSelector('smp-assessment >>> input[type="radio"]');
  const background = await page.$eval('smp-assessment', (el) => getComputedStyle(el).backgroundColor);
  await shot(page, 'index-dark', width);
  await context.close();
  await dark?.close();
  assert.equal(background, 'rgb(17, 26, 36)', 'the widget paints the clinic dark background');
  return `widget background ${background}`;
}

async function partnerPage(browser, origin, width) {
  const { page, problems } = await openPage(browser, `${origin}/demo/partner.html`, width);
  await shot(page, 'partner-start', width);
  await completeJourney(page, { width, shots: { concerns: 'partner-concerns' } });
  const button = await page.waitForSelector('smp-assessment >>> [part~="consultation-button"]', { visible: true });
  const summary = await page.$eval('smp-assessment', (el) => el.summary);
  assert.equal(summary.partner, 'inkline-studio');
  await shot(page, 'partner-summary', width);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
  assert.match(page.url(), /\/demo\/index\.html$/, 'the consultation button opens the clinic page');
  assert.ok(!page.url().includes('?') && !page.url().includes('#'), 'no answer goes into the URL');
  assertNoProblems(problems);
  await page.close();
  return `partner=${summary.partner}; consultation-button opened ${new URL(page.url()).pathname}`;
}

async function strictCspPage(browser, origin, width, photo) {
  const { page, problems, response } = await openPage(browser, `${origin}/demo/strict-csp.html`, width);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  const served = await response.text();
  assert.doesNotMatch(served, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline script (the dev server injects none)');
  assert.doesNotMatch(served, /<style|\sstyle=/i, 'no inline style');
  // With a photo, so the blob: thumbnail is exercised under img-src too.
  await completeJourney(page, { width, photo });
  await page.waitForSelector('#result:not([hidden])');
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
  assertNoProblems(problems);
  // Control: the counter does see a violation (an inline style attribute), so "0" above means something.
  await page.evaluate(() => document.querySelector('h1').setAttribute('style', 'color: red'));
  await page.waitForFunction(() => document.getElementById('csp-count').textContent === '1');
  await page.close();
  return `0 violations, reference ${state.reference} (control: an inline style was counted)`;
}

async function frameworkPage(browser, origin, width, framework, prefill) {
  const { page, problems } = await openPage(browser, `${origin}/demo/frameworks/${framework}.html`, width);
  await shot(page, `${framework}-start`, width);
  const answers = await page.$eval('smp-assessment', (el) => el.answers);
  assert.deepEqual(answers, prefill, `${framework} set the answers property`);
  await completeJourney(page, { width });
  const reference = await page.$eval('smp-assessment', (el) => el.summary.reference);
  await page.waitForSelector('[data-testid="reference"]');
  const rendered = await page.$eval('[data-testid="reference"]', (el) => el.textContent.trim());
  assert.equal(rendered, reference, `${framework} rendered the reference from smp-complete`);
  const text = await page.$eval('[data-testid="result"]', (el) => el.textContent);
  assert.ok(text.includes('QuestionnaireResponse, completed'), `${framework} got the FHIR resource`);
  await shot(page, `${framework}-summary`, width);
  assertNoProblems(problems);
  await page.close();
  return `prefill kept, ${framework} rendered ${rendered}`;
}

/**
 * The form-builder page: a plugin form sent with fetch(new FormData(form)) whose mail template knows only its
 * own fields. The email must carry exactly the text of smp-complete, through the hidden field `summary-field`
 * names; the plugin's reset after sending empties that field. The email body is written next to the shots.
 */
async function formBuilderPage(browser, origin, width) {
  const { page, problems } = await openPage(browser, `${origin}/demo/form-builder.html`, width);
  await page.type('#your-name', 'Sam Rivera');
  await page.type('#your-email', 'sam@example.com');
  await page.type('#your-phone', '219 555 0199');
  await page.$eval('smp-assessment', (el) =>
    el.addEventListener('smp-complete', (event) => (window.smpText = event.detail.text)),
  );
  await completeJourney(page, { width });
  const text = await page.evaluate(() => window.smpText);
  assert.match(text, /Kirby-Desai/, 'smp-complete carried the text');
  assert.equal(await page.$eval('input[name="smp-summary"]', (el) => el.value), text, 'the hidden field holds it');
  await shot(page, 'form-builder-complete', width);
  await page.click('form button.submit');
  await page.waitForSelector('#mail:not([hidden])');
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
  await writeFile(path.join(shotDir, `form-builder-mail-${width}.txt`), mail.body);
  assertNoProblems(problems);
  await page.close();
  return `email of ${mail.body.length} chars with the ${text.length}-char summary; field emptied after sending`;
}

// ---------------------------------------------------------------------------------------------------------

const engines = selectedEngines().filter((engine) => engine !== 'webkit');
const missing = engines.filter((engine) => !findEngine(engine).ok);
await rm(shotRoot, { recursive: true, force: true });

const port = await freePort();
const demo = await startDemoServer({ port, quiet: true });
try {
  for (const engine of engines) {
    const found = findEngine(engine);
    if (!found.ok) {
      console.log(`\n${engine}: MISSING, not run (${found.reason})`);
      continue;
    }
    shotDir = path.join(shotRoot, engine);
    await mkdir(shotDir, { recursive: true });
    const browser = await puppeteer.launch(
      engine === 'firefox'
        ? { browser: 'firefox', executablePath: found.path, headless: true }
        : { executablePath: found.path, headless: true, args: chromeArgs },
    );
    console.log(`\nDemo smoke test: ${demo.origin} in ${engine} (${found.path})`);
    let photo;
    try {
      photo = await makePhoto(browser, demo.origin);
      // Firefox at the phone's width only, to keep a CI run short; Chromium at both.
      for (const width of engine === 'chromium' ? WIDTHS : [320]) {
        console.log(`\n${engine}, ${width} px`);
        await check(`${engine} index.html: form POST shows the text, JSON, FHIR and photo (${width})`, async () => {
          console.log(`      ${await clinicPage(browser, demo.origin, width, photo)}`);
        });
        await check(`${engine} index.html: dark mode theme (${width})`, async () => {
          const firefox = engine === 'firefox' ? found.path : undefined;
          console.log(`      ${await clinicDarkPage(browser, demo.origin, width, firefox)}`);
        });
        await check(`${engine} partner.html: completes, consultation button opens the clinic (${width})`, async () => {
          console.log(`      ${await partnerPage(browser, demo.origin, width)}`);
        });
        await check(`${engine} strict-csp.html: zero CSP violations, no console errors (${width})`, async () => {
          console.log(`      ${await strictCspPage(browser, demo.origin, width, photo)}`);
        });
        await check(`${engine} frameworks/react.html: React 19 renders smp-complete (${width})`, async () => {
          const prefill = { 'smp-last-session': '1-3-years', 'smp-sessions': '3-4' };
          console.log(`      ${await frameworkPage(browser, demo.origin, width, 'react', prefill)}`);
        });
        await check(`${engine} form-builder.html: the plugin's email carries the summary (${width})`, async () => {
          console.log(`      ${await formBuilderPage(browser, demo.origin, width)}`);
        });
        await check(`${engine} frameworks/vue.html: Vue 3 renders smp-complete (${width})`, async () => {
          const prefill = { 'smp-last-session': 'over-5-years', 'smp-practitioners': 'more-than-one' };
          console.log(`      ${await frameworkPage(browser, demo.origin, width, 'vue', prefill)}`);
        });
      }
    } finally {
      await browser.close();
      if (photo) await rm(photo, { force: true });
    }
  }
} finally {
  await demo.stop();
}

if (results.length === 0) {
  console.error('No browser ran the demo pages: install Chromium or Firefox (see scripts/engines.mjs).');
  process.exit(1);
}
if (missing.length && process.env.REQUIRE_ALL_ENGINES === '1') {
  console.error(`REQUIRE_ALL_ENGINES=1: ${missing.join(', ')} missing.`);
  process.exit(1);
}
const failed = results.filter((r) => !r.ok);
console.log(
  `\n${results.length - failed.length} passed, ${failed.length} failed. Screenshots: ${path.relative(rootDir, shotRoot)}/`,
);
process.exit(failed.length ? 1 : 0);
