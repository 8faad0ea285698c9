// `npm run bench`: the size and speed benchmark of issue 4 ("The benchmark (npm run bench)", PRODUCT.md 7).
//
// Measures, in headless Chromium with the CPU throttled 4x, the English page's download size, the time to the
// first question against the same questionnaire written as a plain HTML form with no JavaScript (the floor),
// the Continue-to-next-heading time over a full journey (and, for reference, the same without throttling) and
// the JS heap after it. Prints a Markdown table with each budget's PASS/FAIL, writes it to .bench/latest.md,
// and exits non-zero when a budget fails.
//
// Chromium only, on purpose: the budgets are set for a 4x CPU throttle, which only Chromium's DevTools protocol
// offers (Emulation.setCPUThrottlingRate); Firefox and WebKit run the test suite, not the benchmark.
//
// Environment: CHROME_PATH (the browser; else /usr/bin/chromium and the usual places), BENCH_RUNS (page loads
// per page, at least 15; default 21), BENCH_JOURNEYS (full journeys; default 5). Expects `npm run build` first.
//
// Functions passed to page.evaluate / evaluateOnNewDocument run in the browser:
/* global window, document, customElements, HTMLElement */
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { chromeArgs, findChrome, missingChromeMessage } from './chrome-path.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, '.bench');
const PAGES = join(OUT, 'pages');
const ENTRY = 'smp-assessment.bundle.js';

const RUNS = Math.max(15, Number(process.env.BENCH_RUNS) || 21);
const JOURNEYS = Math.max(1, Number(process.env.BENCH_JOURNEYS) || 5);
const THROTTLE = 4;
const UNTHROTTLED = 3;
/** Journeys whose Start is clicked the moment the intro shows, for reference. */
const HASTY = 3;
/** How long a journey stays on the intro before Start, as a patient reading it would (at least). */
const READ_INTRO_MS = 2000;
const BUDGET = { gzipBytes: 24 * 1024, firstQuestionRatio: 1.5, stepMs: 16 };

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

const gzip9 = (data) => gzipSync(data, { level: 9 }).length;
const bytes = (n) => (n == null ? 'n/a' : `${n.toLocaleString('en-US')} B (${(n / 1024).toFixed(2)} KiB)`);
const ms = (n) => (n == null ? 'n/a' : `${n.toFixed(1)} ms`);
const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const median = (values) => quantile(values, 0.5);
const spread = (values) =>
  `p25 ${ms(quantile(values, 0.25))}, p75 ${ms(quantile(values, 0.75))}, min ${ms(Math.min(...values))}, max ${ms(
    Math.max(...values),
  )}`;

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Size

/** Relative specifiers of a minified ES module's static imports and re-exports (not `import()`). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    found.add(m[1]);
  }
  return [...found];
}

/** Relative specifiers of a module's dynamic `import("...")` calls. */
function dynamicImports(code) {
  return [...new Set([...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]))];
}

/** A dist/ file name from a specifier relative to another dist/ file (all chunks sit side by side). */
function distName(specifier) {
  return normalize(specifier).split(sep).join('/');
}

/**
 * The bundle build of rollup.config.mjs (the one writing smp-assessment.bundle.js), run in memory without its
 * output plugins (the minifier): the "raw" size of each chunk, and the size of every module inside it.
 * Returns null, with a note, when the config cannot be read that way (it belongs to the build's owner).
 */
async function unminifiedBundle() {
  try {
    const { rollup } = await import('rollup');
    const config = (await import(pathToFileURL(join(ROOT, 'rollup.config.mjs')).href)).default;
    const configs = (await (typeof config === 'function' ? config({}) : config)) ?? [];
    const bundleConfig = [configs]
      .flat()
      .find((c) => [c.output].flat().some((o) => o?.entryFileNames === ENTRY || o?.file?.endsWith(ENTRY)));
    if (!bundleConfig) return { note: `no rollup config writes ${ENTRY}` };
    const { output: outputOptions, ...inputOptions } = bundleConfig;
    const build = await rollup({ ...inputOptions, onwarn: () => {} });
    const { output } = await build.generate({ ...[outputOptions].flat()[0], plugins: [], sourcemap: false });
    await build.close();
    return { chunks: output.filter((c) => c.type === 'chunk') };
  } catch (error) {
    return { note: `unminified build failed: ${error.message}` };
  }
}

/** Each module of a chunk, minified alone by esbuild and gzipped alone: an estimate of what it costs. */
async function moduleCosts(chunk) {
  const { transform } = await import('esbuild');
  const rows = [];
  for (const [id, info] of Object.entries(chunk.modules)) {
    if (!info.renderedLength) continue;
    // As an ES module, so nothing is dropped as unused (its top-level names keep their length, though).
    const { code } = await transform(info.code, { minify: true, format: 'esm', target: 'es2022' });
    const name = id.includes('node_modules')
      ? id.slice(id.lastIndexOf('node_modules') + 'node_modules/'.length)
      : id.startsWith(ROOT)
        ? id.slice(ROOT.length)
        : id;
    rows.push({ name, rendered: info.renderedLength, minified: code.length, gzip: gzip9(code) });
  }
  return rows.sort((a, b) => b.minified - a.minified);
}

async function measureSize() {
  if (!existsSync(join(DIST, ENTRY))) throw new Error(`dist/${ENTRY} is missing: run \`npm run build\` first.`);
  const read = (name) => readFile(join(DIST, name));

  // The files an English page loads before the first question: the bundle and what it imports statically.
  const initial = [];
  const lazy = new Set();
  const queue = [ENTRY];
  while (queue.length) {
    const name = queue.shift();
    if (initial.some((f) => f.name === name)) continue;
    const data = await read(name);
    initial.push({ name, data });
    const code = data.toString('utf8');
    for (const spec of staticImports(code)) {
      const target = distName(spec);
      if (existsSync(join(DIST, target))) queue.push(target);
    }
    for (const spec of dynamicImports(code)) lazy.add(distName(spec));
  }
  // Every other chunk of the bundle build beside it is lazy too (a chunk imported only by a lazy one).
  for (const name of await readdir(DIST)) {
    if (name.startsWith('smp-assessment.bundle.') && name.endsWith('.js') && name !== ENTRY) lazy.add(name);
  }
  for (const f of initial) lazy.delete(f.name);

  const raw = await unminifiedBundle();
  const rawOf = (name) => {
    if (!raw.chunks) return null;
    const chunk =
      name === ENTRY
        ? raw.chunks.find((c) => c.isEntry)
        : raw.chunks.find((c) => !c.isEntry && name.startsWith(`smp-assessment.bundle.${c.name}-`));
    return chunk ? Buffer.byteLength(chunk.code) : null;
  };
  const describe = async (name, data) => ({
    name,
    raw: rawOf(name),
    minified: data.length,
    gzip: gzip9(data),
  });

  const files = await Promise.all(initial.map((f) => describe(f.name, f.data)));
  const lazyFiles = await Promise.all([...lazy].sort().map(async (name) => describe(name, await read(name))));
  const total = {
    raw: files.every((f) => f.raw != null) ? files.reduce((s, f) => s + f.raw, 0) : null,
    minified: files.reduce((s, f) => s + f.minified, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
  const entryChunk = raw.chunks?.find((c) => c.isEntry);
  const modules = entryChunk ? await moduleCosts(entryChunk) : [];
  return { files, lazyFiles, total, modules, note: raw.note };
}

// ---------------------------------------------------------------------------------------------------------------
// The pages: the widget, and the plain HTML form generated from the same definition and English text

const HEAD = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">`;

async function writePages() {
  const { QUESTIONS } = await tsImport('../src/model/definition.ts', import.meta.url);
  const { en } = await tsImport('../src/locales/en.ts', import.meta.url);
  const { PHOTO_ANGLES } = await tsImport('../src/model/definition.ts', import.meta.url);

  const widget = `${HEAD('SMP self-assessment')}
<script type="module" src="/dist/${ENTRY}"></script>
</head>
<body>
<main>
<smp-assessment persist="none"></smp-assessment>
</main>
</body>
</html>
`;

  const optionLabel = (questionId, code) => en.choices[questionId]?.options[code] ?? code;
  const conditionText = (when) => {
    if (!when) return '';
    const parent = en.choices[when.question]?.label ?? when.question;
    const labels = (codes) => codes.map((c) => `“${optionLabel(when.question, c)}”`).join(' or ');
    const text = when.anyOf
      ? `Answer this if you chose ${labels(when.anyOf)} for “${parent}”.`
      : `Answer this if you did not choose ${labels(when.noneOf)} for “${parent}”.`;
    return `<p class="condition">${escapeHtml(text)}</p>`;
  };

  const question = (q) => {
    if (q.kind === 'single' || q.kind === 'multiple') {
      const strings = en.choices[q.id];
      const type = q.kind === 'single' ? 'radio' : 'checkbox';
      const options = q.options
        .map((code, i) => {
          const id = `${q.id}--${code}`;
          const hint = strings.optionHints?.[code];
          const required = q.required && type === 'radio' && !q.when && i === 0 ? ' required' : '';
          return `<div><input type="${type}" id="${id}" name="${q.id}" value="${escapeHtml(code)}"${required}>
<label for="${id}">${escapeHtml(strings.options[code])}${hint ? ` <small>${escapeHtml(hint)}</small>` : ''}</label></div>`;
        })
        .join('\n');
      return `<fieldset>
<legend>${escapeHtml(strings.label)}</legend>
${strings.hint ? `<p>${escapeHtml(strings.hint)}</p>\n` : ''}${conditionText(q.when)}
${options}
</fieldset>`;
    }
    if (q.kind === 'text') {
      const strings = en.texts[q.id];
      return `<div>
<label for="${q.id}">${escapeHtml(strings.label)}${q.required ? '' : ` ${escapeHtml(en.nav.optional)}`}</label>
${strings.hint ? `<p>${escapeHtml(strings.hint)}</p>\n` : ''}${conditionText(q.when)}
<textarea id="${q.id}" name="${q.id}" rows="6" maxlength="${q.maxLength}"></textarea>
</div>`;
    }
    const t = en.photos;
    return `<fieldset>
<legend>${escapeHtml(t.title)}</legend>
<p>${escapeHtml(t.lead)} ${escapeHtml(t.tips)}</p>
${PHOTO_ANGLES.map(
  (a) => `<div><label for="photo-${a}">${escapeHtml(t.angles[a])}</label> <small>${escapeHtml(t.guidance[a])}</small>
<input type="file" id="photo-${a}" name="photo-${a}" accept="image/*"></div>`,
).join('\n')}
</fieldset>`;
  };

  let section = null;
  const body = [];
  for (const q of QUESTIONS) {
    if (q.section !== section) {
      section = q.section;
      body.push(`<h3>${escapeHtml(en.sections[section])}</h3>`);
    }
    body.push(question(q));
  }
  const intro = en.intro;
  const plain = `${HEAD('SMP self-assessment (plain form)')}
</head>
<body>
<main>
<h2>${escapeHtml(intro.title)}</h2>
<p>${escapeHtml(intro.lead(null))}</p>
<ul>${intro.points.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>
<p>${escapeHtml(intro.privacy)}</p>
<form method="post" action="/submit" enctype="multipart/form-data">
${body.join('\n')}
<button type="submit">${escapeHtml(en.review.finish ?? 'Send')}</button>
</form>
</main>
</body>
</html>
`;
  await mkdir(PAGES, { recursive: true });
  await writeFile(join(PAGES, 'widget.html'), widget);
  await writeFile(join(PAGES, 'plain.html'), plain);
  return {
    questions: QUESTIONS.length,
    plainBytes: Buffer.byteLength(plain),
    plainGzip: gzip9(plain),
    widgetBytes: Buffer.byteLength(widget),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A tiny static server on 127.0.0.1: /dist/* from dist/, everything else from .bench/pages/

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

async function startServer() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const [base, rel] = path.startsWith('/dist/') ? [DIST, path.slice(6)] : [PAGES, path.slice(1)];
    const file = resolve(base, rel);
    try {
      if (!file.startsWith(base + sep)) throw new Error('outside');
      const data = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(data);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

// ---------------------------------------------------------------------------------------------------------------
// In-page probes (installed before any page script runs). performance.now() counts from navigation start.

/** Widget: the element is defined, its first update is done, and an enabled start-button is in its shadow root. */
function widgetProbe() {
  window.__bench = new Promise((resolveProbe, rejectProbe) => {
    customElements.whenDefined('smp-assessment').then(async () => {
      try {
        const el = document.querySelector('smp-assessment');
        await el.updateComplete;
        const start = el.shadowRoot?.querySelector('[part~="start-button"]');
        const ready = performance.now();
        if (!start || start.disabled) throw new Error('no enabled start-button after the first update');
        // For information: Start clicked the moment it is ready, to the first question's radios.
        start.click();
        await el.updateComplete;
        const radio = el.shadowRoot.querySelector('input[type="radio"]');
        resolveProbe({ ready, firstQuestion: radio ? performance.now() : null });
      } catch (error) {
        rejectProbe(error);
      }
    }, rejectProbe);
  });
}

/** Plain form: DOMContentLoaded has fired and the first radio is in the DOM. */
function plainProbe() {
  window.__bench = new Promise((resolveProbe, rejectProbe) => {
    document.addEventListener('DOMContentLoaded', () => {
      const ready = performance.now();
      if (document.querySelector('input[type="radio"]')) resolveProbe({ ready, firstQuestion: ready });
      else rejectProbe(new Error('no radio input in the plain form'));
    });
  });
}

/** Navigation timing and first contentful paint, once the page has loaded (waits a little for the paint). */
async function pageTimings() {
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  for (let i = 0; i < 40 && fcp() === null; i++) await new Promise((r) => setTimeout(r, 50));
  const nav = performance.getEntriesByType('navigation')[0];
  return { dcl: nav?.domContentLoadedEventEnd ?? null, load: nav?.loadEventEnd ?? null, fcp: fcp() };
}

/**
 * A full journey in the widget: intro, Start, every question step answered (the first option of each
 * fieldset, some text in a textarea), Continue, up to the review, then Finish to the summary. For each
 * Continue: performance.now() just before click() to the focusin of the new step's heading.
 */
async function walkJourney(readIntroMs) {
  await customElements.whenDefined('smp-assessment');
  const el = document.querySelector('smp-assessment');
  const root = el.shadowRoot;
  const part = (name) => root.querySelector(`[part~="${name}"]`);
  const settle = () => new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
  let focusedAt = null;
  root.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement && event.target.matches('[part~="heading"]')) focusedAt = performance.now();
  });
  // A patient reads the intro before Start.
  await new Promise((r) => setTimeout(r, readIntroMs));
  part('start-button').click();
  await el.updateComplete;
  const changes = [];
  for (let guard = 0; guard < 60; guard++) {
    const from = part('step')?.dataset.step;
    if (from === 'review') break;
    // Twice: a first answer can reveal follow-ups in place (hair-transplant, previous-removal) to answer too.
    for (let pass = 0; pass < 2; pass++) {
      for (const fieldset of root.querySelectorAll('fieldset')) {
        if (!fieldset.querySelector('input:checked')) fieldset.querySelector('input')?.click();
      }
      for (const textarea of root.querySelectorAll('textarea')) {
        if (!textarea.value) {
          textarea.value = 'Benchmark answer.';
          textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }
      await el.updateComplete;
    }
    await settle();
    // A real click or key press focuses the button first; so does this (Lit keeps the same heading element
    // between steps of the same shape, and focus() on the already focused heading would fire no focusin).
    const button = part('continue-button');
    button.focus();
    focusedAt = null;
    const t0 = performance.now();
    button.click();
    await el.updateComplete;
    const updated = performance.now();
    const heading = root.activeElement;
    const to = part('step')?.dataset.step;
    if (focusedAt === null || !heading?.matches('[part~="heading"]') || to === from) {
      throw new Error(
        `Continue on "${from}" did not focus the next step's heading (now on "${to}", focusin ${focusedAt}, ` +
          `focus on ${heading?.outerHTML.slice(0, 60) ?? 'nothing'} / ${document.activeElement?.tagName})`,
      );
    }
    heading.getBoundingClientRect(); // style and layout of the new step, forced here to time them too
    const laidOut = performance.now();
    changes.push({ from, to, focus: focusedAt - t0, update: updated - t0, layout: laidOut - t0 });
  }
  if (part('step')?.dataset.step !== 'review') throw new Error('the journey did not reach the review');
  part('finish-button').click();
  for (let i = 0; i < 100 && part('step')?.dataset.step !== 'summary'; i++) await settle();
  if (part('step')?.dataset.step !== 'summary') throw new Error('Finish did not reach the summary');
  return changes;
}

// ---------------------------------------------------------------------------------------------------------------
// Browser runs

async function freshPage(browser, rate = THROTTLE) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  const cdp = await page.createCDPSession();
  await page.setCacheEnabled(false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // Headless pages in several contexts are not "focused": without this, focus() moves activeElement but
  // fires no focus events.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return { context, page, cdp, errors, requests };
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function loadOnce(browser, url, probe) {
  const { context, page, errors, requests } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(probe);
    await page.goto(url, { waitUntil: 'load' });
    const result = await page.evaluate(() => window.__bench);
    const timings = await page.evaluate(pageTimings);
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join('; ')}`);
    return { ...result, ...timings, requests };
  } finally {
    await context.close();
  }
}

async function journeyOnce(browser, url, rate = THROTTLE, readIntroMs = READ_INTRO_MS) {
  const { context, page, cdp, errors } = await freshPage(browser, rate);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const changes = await page.evaluate(walkJourney, readIntroMs);
    const heap = await heapUsed(cdp);
    if (errors.length) throw new Error(`page errors during the journey: ${errors.join('; ')}`);
    return { changes, heap };
  } finally {
    await context.close();
  }
}

async function plainHeap(browser, url) {
  const { context, page, cdp } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    return await heapUsed(cdp);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  const load = loadavg();
  const chrome = findChrome();
  if (!chrome.path) throw new Error(missingChromeMessage(chrome));

  log(`Chromium only (CPU throttling needs its DevTools protocol): ${chrome.path}`);
  log('sizes…');
  const size = await measureSize();
  const pages = await writePages();
  const { server, origin } = await startServer();
  const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: chromeArgs });
  try {
    const version = await browser.version();
    const widgetUrl = `${origin}/widget.html`;
    const plainUrl = `${origin}/plain.html`;

    // Page loads, interleaved (ABBA) so that a burst of load from elsewhere hits both pages alike;
    // the first load of each is a warm-up and discarded.
    log(`first question: ${RUNS} loads of each page (+1 warm-up each), CPU throttled ${THROTTLE}x…`);
    const widgetRuns = [];
    const plainRuns = [];
    for (let i = 0; i <= RUNS; i++) {
      const order = i % 2 ? ['plain', 'widget'] : ['widget', 'plain'];
      for (const kind of order) {
        const run =
          kind === 'widget'
            ? await loadOnce(browser, widgetUrl, widgetProbe)
            : await loadOnce(browser, plainUrl, plainProbe);
        if (i > 0) (kind === 'widget' ? widgetRuns : plainRuns).push(run);
      }
    }
    const englishRequests = [...new Set(widgetRuns.flatMap((r) => r.requests))];

    log(`step change and memory: ${JOURNEYS} full journeys (+1 warm-up), ${HASTY} more without time on the intro…`);
    const journeys = [];
    // The journeys without time on the intro are interleaved with the others: this machine's speed drifts.
    const hasty = [];
    for (let i = 0; i <= JOURNEYS; i++) {
      const journey = await journeyOnce(browser, widgetUrl);
      if (i > 0) journeys.push(journey);
      if (i > 0 && i <= HASTY) hasty.push(...(await journeyOnce(browser, widgetUrl, THROTTLE, 0)).changes);
    }
    // The same journeys without throttling: this machine's speed drifts from one run to the next, and the
    // unthrottled time shows how much main-thread work a step change is, whatever the throttle made of it.
    log(`step change without throttling: ${UNTHROTTLED} journeys (reference)…`);
    const unthrottled = [];
    for (let i = 0; i < UNTHROTTLED; i++) unthrottled.push(...(await journeyOnce(browser, widgetUrl, 1)).changes);
    const plainHeaps = [];
    for (let i = 0; i < 3; i++) plainHeaps.push(await plainHeap(browser, plainUrl));

    // -------------------------------------------------------------------------------------------------------------
    // Results
    const widgetReady = median(widgetRuns.map((r) => r.ready));
    const plainReady = median(plainRuns.map((r) => r.ready));
    const ratio = widgetReady / plainReady;
    const changes = journeys.flatMap((j) => j.changes);
    const stepFocus = median(changes.map((c) => c.focus));
    const heap = median(journeys.map((j) => j.heap));
    const heapPlain = median(plainHeaps);

    const results = [
      {
        metric: 'Size: what an English page loads before the first question, gzip -9 (total)',
        value: bytes(size.total.gzip),
        budget: `≤ ${BUDGET.gzipBytes.toLocaleString('en-US')} B (24 KiB = 24 × 1024 bytes)`,
        pass: size.total.gzip <= BUDGET.gzipBytes,
      },
      {
        metric: `First question: widget, median of ${widgetRuns.length} loads`,
        value: ms(widgetReady),
        budget: `≤ 1.5 × plain form = ${ms(plainReady * BUDGET.firstQuestionRatio)}`,
        pass: ratio <= BUDGET.firstQuestionRatio,
      },
      {
        metric: `First question: plain HTML form (floor), median of ${plainRuns.length} loads`,
        value: ms(plainReady),
        budget: 'the floor',
        pass: null,
      },
      {
        metric: 'First question: widget ÷ plain form',
        value: `${ratio.toFixed(2)}×`,
        budget: `≤ ${BUDGET.firstQuestionRatio}×`,
        pass: ratio <= BUDGET.firstQuestionRatio,
      },
      {
        metric: `Step change: Continue click → next heading focused, median of ${changes.length} (${journeys.length} journeys)`,
        value: ms(stepFocus),
        budget: `< ${BUDGET.stepMs} ms`,
        pass: stepFocus < BUDGET.stepMs,
      },
      {
        metric: `Step change, Start clicked the moment the intro shows (reference), median of ${hasty.length}`,
        value: ms(median(hasty.map((c) => c.focus))),
        budget: 'report only',
        pass: null,
      },
      {
        metric: `Step change without CPU throttling (reference), median of ${unthrottled.length}`,
        value: ms(median(unthrottled.map((c) => c.focus))),
        budget: 'report only',
        pass: null,
      },
      {
        metric: 'Memory: JS heap used after a full journey (widget, after GC), median',
        value: mib(heap),
        budget: 'report only',
        pass: null,
      },
      {
        metric: 'Memory: JS heap used, plain form loaded (after GC), for reference',
        value: mib(heapPlain),
        budget: 'report only',
        pass: null,
      },
    ];
    const failed = results.filter((r) => r.pass === false);
    const verdict = (pass) => (pass === null ? '—' : pass ? 'PASS' : '**FAIL**');

    const cpu = cpus();
    const md = [];
    md.push('# smp-assessment benchmark', '');
    md.push(
      `- Date: ${started.toISOString()}`,
      `- Machine: ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${mib(totalmem()).replace(
        /\.\d+ MiB/,
        ' MiB',
      )} RAM, load average at start ${load.map((l) => l.toFixed(2)).join(' / ')}`,
      `- Browser: ${version}, headless, CPU throttled ${THROTTLE}x (Emulation.setCPUThrottlingRate), cache disabled, a fresh browser context per load`,
      `- Node ${process.version}, ${process.platform} ${process.arch}; load average at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} (other work on the machine slows every timing; budgets are meant for an otherwise idle one)`,
      '',
    );
    md.push(
      table(
        ['Metric', 'Value', 'Budget', 'Result'],
        results.map((r) => [r.metric, r.value, r.budget, verdict(r.pass)]),
      ),
      '',
    );
    md.push(failed.length ? `**${failed.length} budget(s) failed.**` : '**Every budget met.**', '');

    md.push('## Size', '');
    md.push(
      'Loaded by an English page before the first question (the bundle and every chunk it imports statically). ' +
        'Raw: the same chunk built by rollup.config.mjs without its minifier, in memory; minified: the file in ' +
        'dist/; gzip -9: node:zlib at level 9 of that file.',
      '',
    );
    md.push(
      table(
        ['File', 'Raw', 'Minified', 'gzip -9'],
        [
          ...size.files.map((f) => [f.name, bytes(f.raw), bytes(f.minified), bytes(f.gzip)]),
          ['**Total**', bytes(size.total.raw), bytes(size.total.minified), `**${bytes(size.total.gzip)}**`],
        ],
      ),
      '',
    );
    md.push('Lazy chunks (loaded only for another language):', '');
    md.push(
      size.lazyFiles.length
        ? table(
            ['File', 'Raw', 'Minified', 'gzip -9'],
            size.lazyFiles.map((f) => [f.name, bytes(f.raw), bytes(f.minified), bytes(f.gzip)]),
          )
        : '(none)',
      '',
    );
    md.push(`Requests made by the English widget page: ${englishRequests.map((p) => `\`${p}\``).join(', ')}.`, '');
    md.push(
      `Plain form page: ${pages.questions} questions in fieldsets, ${bytes(pages.plainBytes)} of HTML (${bytes(
        pages.plainGzip,
      )} gzip -9), no script. Widget page: ${bytes(pages.widgetBytes)} of HTML.`,
      '',
    );
    if (size.note) md.push(`Note: ${size.note}.`, '');
    if (size.modules.length) {
      const top = size.modules.slice(0, 20);
      md.push(
        '### Where the bundle’s bytes go',
        '',
        'Each module of the bundle as rollup renders it (tree-shaken, before minifying), then minified alone ' +
          'by esbuild and gzipped alone: estimates, which add up to more than the real total because each ' +
          'module is compressed without the others.',
        '',
        table(
          ['Module', 'Rendered', 'Minified ≈', 'gzip -9 alone ≈'],
          top.map((m) => [m.name, bytes(m.rendered), bytes(m.minified), bytes(m.gzip)]),
        ),
        size.modules.length > top.length ? `\n…and ${size.modules.length - top.length} smaller modules.` : '',
        '',
      );
      const groups = new Map();
      for (const m of size.modules) {
        const key = m.name.startsWith('src/')
          ? m.name.split('/').slice(0, 2).join('/')
          : m.name.startsWith('@')
            ? m.name.split('/').slice(0, 2).join('/')
            : m.name.split('/')[0];
        const g = groups.get(key) ?? { rendered: 0, minified: 0, gzip: 0 };
        g.rendered += m.rendered;
        g.minified += m.minified;
        g.gzip += m.gzip;
        groups.set(key, g);
      }
      md.push(
        table(
          ['Group', 'Rendered', 'Minified ≈', 'gzip -9 alone ≈'],
          [...groups]
            .sort((a, b) => b[1].minified - a[1].minified)
            .map(([k, g]) => [k, bytes(g.rendered), bytes(g.minified), bytes(g.gzip)]),
        ),
        '',
      );
    }

    md.push('## First question', '');
    md.push(
      'Times from navigation start (performance.now() in the page), median of the loads, a fresh browser ' +
        'context and page per load, cache disabled, loads of the two pages interleaved, one warm-up each ' +
        'discarded.',
      '',
      '- Widget (`<smp-assessment persist="none">`, the bundle from a `<script type="module">`): the element is ' +
        'defined, `await el.updateComplete` has resolved after its first update, and an enabled `start-button` ' +
        'is in its shadow root (the widget opens on an intro whose Start leads to the first question).',
      '- Plain form (no JavaScript; the intro text and every question as radios, checkboxes, textareas and ' +
        'file inputs in fieldsets, generated from src/model/definition.ts and src/locales/en.ts): ' +
        'DOMContentLoaded has fired with the first radio in the DOM.',
      '',
    );
    const infoRows = (runs) => [
      ms(median(runs.map((r) => r.ready))),
      spread(runs.map((r) => r.ready)),
      ms(median(runs.map((r) => r.firstQuestion).filter((v) => v != null))),
      ms(median(runs.map((r) => r.dcl).filter((v) => v != null))),
      ms(median(runs.map((r) => r.fcp).filter((v) => v != null))),
    ];
    md.push(
      table(
        ['Page', 'Ready (median)', 'Spread', 'First radio (median)', 'DOMContentLoaded', 'First contentful paint'],
        [
          ['Widget', ...infoRows(widgetRuns)],
          ['Plain form', ...infoRows(plainRuns)],
        ],
      ),
      '',
      '"First radio" for the widget: Start clicked the moment it is ready, to the first question rendered ' +
        '(information, no budget).',
      '',
    );

    md.push('## Step change', '');
    md.push(
      'In the page: the first option of each fieldset chosen (some text in a textarea), the update awaited and ' +
        'the page left idle 30 ms, then performance.now() just before `continue-button.click()` to the `focusin` ' +
        'of the new step’s `heading` part. Every Continue of each journey, intro → Start → each question → ' +
        `review (then Finish → summary, untimed), ${journeys.length} journeys after one warm-up. Each journey ` +
        `stays ${READ_INTRO_MS / 1000} s on the intro before Start, as a patient reads it. The reference row ` +
        '"Start clicked the moment the intro shows" is the same journey without that time.',
      '',
    );
    const byStep = new Map();
    for (const c of changes) {
      const key = `${c.from} → ${c.to}`;
      byStep.set(key, [...(byStep.get(key) ?? []), c]);
    }
    md.push(
      table(
        ['Continue', 'Heading focused (median)', 'Update done', 'Plus style and layout', 'Max focused'],
        [
          ...[...byStep].map(([key, list]) => [
            key,
            ms(median(list.map((c) => c.focus))),
            ms(median(list.map((c) => c.update))),
            ms(median(list.map((c) => c.layout))),
            ms(Math.max(...list.map((c) => c.focus))),
          ]),
          [
            '**All**',
            `**${ms(stepFocus)}**`,
            ms(median(changes.map((c) => c.update))),
            ms(median(changes.map((c) => c.layout))),
            ms(Math.max(...changes.map((c) => c.focus))),
          ],
        ],
      ),
      '',
      `Median of each journey: ${journeys
        .map((j) => ms(median(j.changes.map((c) => c.focus))))
        .join(', ')}. Spread of all: ${spread(changes.map((c) => c.focus))}; p90 ${ms(
        quantile(
          changes.map((c) => c.focus),
          0.9,
        ),
      )}.`,
      '',
    );

    md.push('## Memory', '');
    md.push(
      '`Runtime.getHeapUsage` (usedSize) after two `HeapProfiler.collectGarbage` calls: the widget page at the ' +
        `summary after a full journey (each journey: ${journeys.map((j) => mib(j.heap)).join(', ')}), and the ` +
        `plain form page once loaded (${plainHeaps.map(mib).join(', ')}).`,
      '',
    );

    const output = md.join('\n');
    process.stdout.write(`${output}\n`);
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, 'latest.md'), `${output}\n`);
    log('written to .bench/latest.md');
    if (failed.length) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});
