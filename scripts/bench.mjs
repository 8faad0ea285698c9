// `npm run bench`: the size and speed budgets of the README's Benchmark table, measured in headless Chromium, CPU
// throttled 4x. Prints the budgets as a Markdown table with PASS/FAIL, the details after it, writes the whole to
// .bench/latest.md, and exits non-zero when a budget fails. docs/benchmark.md explains each measurement.
//
// Chromium only, on purpose: the budgets are set for a 4x CPU throttle, which only Chromium's DevTools protocol
// offers (Emulation.setCPUThrottlingRate); Firefox and WebKit run the test suite, not the benchmark.
//
// Environment: CHROME_PATH (the browser; else /usr/bin/chromium and the usual places), BENCH_RUNS (page loads
// per page, at least 9; default 15), BENCH_JOURNEYS (full journeys per page; default 5). Expects `npm run build`.
// The functions passed to page.evaluate run in the browser:
/* global window */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome, missingChromeMessage } from './chrome-path.mjs';
import { ENTRY, measureSize } from './bench/size.mjs';
import { writePages } from './bench/pages.mjs';
import { startServer } from './bench/server.mjs';
import { finishJourney, loadProbe, longTasksUntil, toFirstQuestion, walkJourney } from './bench/in-page.mjs';
import { bytes, log, median, mib, ms, quantile, ratio, spread, table } from './bench/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.bench');
const PAGES = join(OUT, 'pages');

const RUNS = Math.max(9, Number(process.env.BENCH_RUNS) || 15);
const JOURNEYS = Math.max(1, Number(process.env.BENCH_JOURNEYS) || 5);
const FIRST_QUESTION_RUNS = 3;
const THROTTLE = 4;
/** How long a journey stays on the intro before Start, as a patient reading it would (at least). */
const READ_INTRO_MS = 2000;
/** The idle window: from navigation to this many ms after it. */
const IDLE_MS = 3000;
/** A long task blocks the main thread for what it lasts beyond 50 ms (the definition of total blocking time). */
const BLOCKING_FROM_MS = 50;

const BUDGET = {
  gzipBytes: 20 * 1024,
  firstScreenRatio: 1.2,
  idleTbtOverPlainMs: 40,
  longTasksAfterRender: 0,
  stepRatio: 1.3,
};

// ---------------------------------------------------------------------------------------------------------------
// Browser runs: a fresh browser context per page load, cache disabled, CPU throttled

async function freshPage(browser, rate = THROTTLE) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const cdp = await page.createCDPSession();
  await page.setCacheEnabled(false);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  // Headless pages in several contexts are not "focused": without this, focus() fires no focus events.
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  const check = () => {
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  };
  return { context, page, cdp, check };
}

/** One load, left idle: the first screen's times and the long tasks up to IDLE_MS after navigation. */
async function idleLoad(browser, url, kind) {
  const { context, page, check } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(loadProbe, kind);
    await page.goto(url, { waitUntil: 'load' });
    const firstScreen = await page.evaluate(() => window.__firstScreen);
    const tasks = (await page.evaluate(longTasksUntil, IDLE_MS)).filter((t) => t.start < IDLE_MS);
    check();
    return {
      ...firstScreen,
      tasks,
      tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - BLOCKING_FROM_MS), 0),
      afterRender: tasks.filter((t) => t.start >= firstScreen.painted),
    };
  } finally {
    await context.close();
  }
}

async function firstQuestionLoad(browser, url) {
  const { context, page, check } = await freshPage(browser);
  try {
    await page.evaluateOnNewDocument(loadProbe, 'widget');
    await page.goto(url, { waitUntil: 'load' });
    const result = await page.evaluate(toFirstQuestion);
    check();
    return result;
  } finally {
    await context.close();
  }
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** A full journey on the widget (then Finish, and the heap at the summary) or on the floor page. */
async function journey(browser, url, { rate = THROTTLE, capture = false } = {}) {
  const { context, page, cdp, check } = await freshPage(browser, rate);
  try {
    await page.goto(url, { waitUntil: 'load' });
    const walked = await page.evaluate(walkJourney, READ_INTRO_MS, capture);
    let heap = null;
    if (new URL(url).pathname === '/widget.html') {
      await page.evaluate(finishJourney);
      heap = await heapUsed(cdp);
    }
    check();
    return { ...walked, heap };
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
  const loadAtStart = loadavg();
  const chrome = findChrome();
  if (!chrome.path) throw new Error(missingChromeMessage(chrome));
  if (!existsSync(join(ROOT, 'dist', ENTRY))) throw new Error(`dist/${ENTRY} is missing: run \`npm run build\`.`);

  log(`Chromium only (CPU throttling needs its DevTools protocol): ${chrome.path}`);
  const pages = await writePages(PAGES);
  const { server, origin } = await startServer(ROOT, PAGES);
  const browser = await puppeteer.launch({ executablePath: chrome.path, headless: true, args: chromeArgs });
  try {
    const version = await browser.version();
    const widgetUrl = `${origin}/widget.html`;
    const plainUrl = `${origin}/plain.html`;
    const floorUrl = `${origin}/bench/floor.html`;

    log('floor page: one unthrottled journey of the widget to take its steps’ markup and stylesheets…');
    const { floor } = await journey(browser, widgetUrl, { rate: 1, capture: true });
    await writeFile(join(PAGES, 'floor-data.json'), JSON.stringify(floor));

    log(`first question: ${FIRST_QUESTION_RUNS} loads, Start clicked on the intro, files fetched until then…`);
    const firstQuestion = [];
    for (let i = 0; i < FIRST_QUESTION_RUNS; i++) firstQuestion.push(await firstQuestionLoad(browser, widgetUrl));
    const requested = [...new Set(firstQuestion.flatMap((r) => r.resources).filter((p) => p.startsWith('/dist/')))].map(
      (p) => p.slice('/dist/'.length),
    );
    const size = await measureSize(ROOT, requested);

    // Interleaved (ABBA) so a burst of load from elsewhere on the machine hits both pages alike; the first load
    // of each is a warm-up and discarded.
    log(`first screen and idle cost: ${RUNS} loads of each page (+1 warm-up), each left idle ${IDLE_MS} ms…`);
    const widgetLoads = [];
    const plainLoads = [];
    for (let i = 0; i <= RUNS; i++) {
      for (const kind of i % 2 ? ['plain', 'widget'] : ['widget', 'plain']) {
        const run = await idleLoad(browser, kind === 'widget' ? widgetUrl : plainUrl, kind);
        if (i > 0) (kind === 'widget' ? widgetLoads : plainLoads).push(run);
      }
    }

    log(`step change: ${JOURNEYS} full journeys on the widget and on the floor page, interleaved (+1 warm-up)…`);
    const widgetJourneys = [];
    const floorJourneys = [];
    const floorAtLoadJourneys = [];
    for (let i = 0; i <= JOURNEYS; i++) {
      for (const kind of i % 2 ? ['floor', 'widget'] : ['widget', 'floor']) {
        const run = await journey(browser, kind === 'widget' ? widgetUrl : floorUrl);
        if (i > 0) (kind === 'widget' ? widgetJourneys : floorJourneys).push(run);
      }
      // For reference only: the floor with every step parsed at load (see bench/floor.js).
      if (i > 0 && i <= 2) floorAtLoadJourneys.push(await journey(browser, `${floorUrl}?parse=load`));
    }
    const plainHeaps = [];
    for (let i = 0; i < 3; i++) plainHeaps.push(await plainHeap(browser, plainUrl));

    // -------------------------------------------------------------------------------------------------------------
    // Budgets
    const widgetScreen = median(widgetLoads.map((r) => r.painted));
    const plainScreen = median(plainLoads.map((r) => r.painted));
    const screenRatio = widgetScreen / plainScreen;
    const widgetTbt = median(widgetLoads.map((r) => r.tbt));
    const plainTbt = median(plainLoads.map((r) => r.tbt));
    const tbtOver = widgetTbt - plainTbt;
    const afterRender = widgetLoads.flatMap((r) => r.afterRender);
    const loadsWithTaskAfterRender = widgetLoads.filter((r) => r.afterRender.length).length;
    const widgetSteps = widgetJourneys.flatMap((j) => j.changes.map((c) => c.painted));
    const floorSteps = floorJourneys.flatMap((j) => j.changes.map((c) => c.painted));
    const step = (values, q) => quantile(values, q);
    const stepRatio50 = step(widgetSteps, 0.5) / step(floorSteps, 0.5);
    const stepRatio75 = step(widgetSteps, 0.75) / step(floorSteps, 0.75);
    const heap = median(widgetJourneys.map((j) => j.heap));

    const results = [
      {
        metric: 'Size before the first question (gzip -9 of every file fetched until it shows)',
        value: bytes(size.total),
        budget: `≤ ${bytes(BUDGET.gzipBytes)}`,
        pass: size.total <= BUDGET.gzipBytes,
      },
      {
        metric: `First screen painted: widget ÷ plain HTML form, medians of ${widgetLoads.length} loads`,
        value: `${ms(widgetScreen)} ÷ ${ms(plainScreen)} = ${ratio(screenRatio)}`,
        budget: `≤ ${BUDGET.firstScreenRatio}×`,
        pass: screenRatio <= BUDGET.firstScreenRatio,
      },
      {
        metric: `Idle cost: total blocking time 0–${IDLE_MS / 1000} s, widget − plain form, medians`,
        value: `${ms(widgetTbt)} − ${ms(plainTbt)} = ${ms(tbtOver)}`,
        budget: `≤ ${BUDGET.idleTbtOverPlainMs} ms`,
        pass: tbtOver <= BUDGET.idleTbtOverPlainMs,
      },
      {
        metric: `Idle cost: long tasks after the widget’s first render was painted (all ${widgetLoads.length} loads, to ${IDLE_MS / 1000} s)`,
        value: String(afterRender.length),
        budget: `${BUDGET.longTasksAfterRender}`,
        pass: afterRender.length <= BUDGET.longTasksAfterRender,
      },
      {
        metric: `Step change p50: click → next step painted, widget ÷ plain-JS floor (${widgetSteps.length} and ${floorSteps.length} changes)`,
        value: `${ms(step(widgetSteps, 0.5))} ÷ ${ms(step(floorSteps, 0.5))} = ${ratio(stepRatio50)}`,
        budget: `≤ ${BUDGET.stepRatio}×`,
        pass: stepRatio50 <= BUDGET.stepRatio,
      },
      {
        metric: 'Step change p75: widget ÷ plain-JS floor',
        value: `${ms(step(widgetSteps, 0.75))} ÷ ${ms(step(floorSteps, 0.75))} = ${ratio(stepRatio75)}`,
        budget: `≤ ${BUDGET.stepRatio}×`,
        pass: stepRatio75 <= BUDGET.stepRatio,
      },
      {
        metric: 'Heap after a journey (JS heap used at the summary, after GC; median)',
        value: `${mib(heap)} (plain form loaded: ${mib(median(plainHeaps))})`,
        budget: 'report',
        pass: null,
      },
    ];
    const failed = results.filter((r) => r.pass === false);
    const verdict = (pass) => (pass === null ? '—' : pass ? 'PASS' : '**FAIL**');

    // -------------------------------------------------------------------------------------------------------------
    // Report
    const cpu = cpus();
    const md = ['# smp-assessment benchmark', ''];
    md.push(
      table(
        ['Budget', 'Value', 'Budget', 'Result'],
        results.map((r) => [r.metric, r.value, r.budget, verdict(r.pass)]),
      ),
      '',
      failed.length ? `**${failed.length} budget(s) failed.**` : '**Every budget met.**',
      '',
      `- Date: ${started.toISOString()}`,
      `- Machine: ${cpu[0]?.model?.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(
        totalmem() / 2 ** 20,
      )} MiB RAM; load average ${loadAtStart.map((l) => l.toFixed(2)).join(' / ')} at the start, ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' / ')} at the end`,
      `- Browser: ${version}, headless, CPU throttled ${THROTTLE}x, cache disabled, a fresh browser context per load`,
      `- Node ${process.version}, ${process.platform} ${process.arch}`,
      '',
    );

    md.push('## Size before the first question', '');
    md.push(
      `Files fetched by the English widget page from navigation until the first question was painted, Start ` +
        `clicked as soon as the intro was painted (${FIRST_QUESTION_RUNS} loads, Resource Timing); gzip -9 of ` +
        'each file in dist/.',
      '',
      table(
        ['File', 'Minified', 'gzip -9'],
        [
          ...size.files.map((f) => [f.name, bytes(f.minified), bytes(f.gzip)]),
          ['**Total**', bytes(size.minified), `**${bytes(size.total)}**`],
        ],
      ),
      '',
      'The bundle’s other chunks (lazy, fetched when the patient gets to what needs them):',
      '',
      size.lazyFiles.length
        ? table(
            ['File', 'Minified', 'gzip -9'],
            size.lazyFiles.map((f) => [f.name, bytes(f.minified), bytes(f.gzip)]),
          )
        : '(none)',
      '',
      `Plain form page: ${pages.questions} questions, ${bytes(pages.plainBytes)} of HTML (${bytes(
        pages.plainGzip,
      )} gzip -9), no script. Start to first question painted (information): median ${ms(
        median(firstQuestion.map((r) => r.shown - r.intro)),
      )}.`,
      '',
    );
    if (size.note) md.push(`Note: ${size.note}.`, '');
    if (size.modules.length) {
      md.push(
        'Where the entry’s bytes go: each module as rollup renders it, minified alone and gzipped alone (estimates; ' +
          'they add up to more than the real total).',
        '',
        table(
          ['Module', 'Minified ≈', 'gzip -9 alone ≈'],
          size.modules.slice(0, 25).map((m) => [m.name, bytes(m.minified), bytes(m.gzip)]),
        ),
        '',
      );
    }

    md.push('## First screen and idle cost', '');
    const loadRow = (name, runs) => [
      name,
      ms(median(runs.map((r) => r.rendered))),
      ms(median(runs.map((r) => r.painted))),
      spread(runs.map((r) => r.painted)),
      ms(median(runs.map((r) => r.tbt))),
      String(runs.reduce((n, r) => n + r.tasks.length, 0)),
      ms(Math.max(0, ...runs.flatMap((r) => r.tasks.map((t) => t.duration)))),
    ];
    md.push(
      table(
        [
          'Page',
          'Rendered',
          'Painted',
          'Painted spread',
          `TBT 0–${IDLE_MS / 1000} s`,
          'Long tasks (all loads)',
          'Longest',
        ],
        [loadRow('Widget', widgetLoads), loadRow('Plain form', plainLoads)],
      ),
      '',
      `Long tasks that started after the widget’s first render was painted: ${
        afterRender.length
          ? `${afterRender.length} in ${loadsWithTaskAfterRender} loads (${afterRender
              .map((t) => `${ms(t.duration)} at ${ms(t.start)}`)
              .join(', ')})`
          : 'none'
      }.`,
      '',
    );

    md.push('## Step change', '');
    const byStep = new Map();
    for (const [kind, journeys] of [
      ['widget', widgetJourneys],
      ['floor', floorJourneys],
    ]) {
      for (const c of journeys.flatMap((j) => j.changes)) {
        const key = `${c.from} → ${c.to}`;
        const entry = byStep.get(key) ?? { widget: [], floor: [] };
        entry[kind].push(c.painted);
        byStep.set(key, entry);
      }
    }
    md.push(
      table(
        ['Click on', 'Widget p50', 'Floor p50', 'Widget max', 'Floor max'],
        [
          ...[...byStep].map(([key, v]) => [
            key,
            ms(median(v.widget)),
            ms(median(v.floor)),
            ms(Math.max(...v.widget)),
            ms(Math.max(...v.floor)),
          ]),
          [
            '**All**',
            `**${ms(median(widgetSteps))}**`,
            `**${ms(median(floorSteps))}**`,
            ms(Math.max(...widgetSteps)),
            ms(Math.max(...floorSteps)),
          ],
        ],
      ),
      '',
      `Widget: ${spread(widgetSteps)}; floor: ${spread(floorSteps)}. Click → next animation frame (before paint), ` +
        `p50: widget ${ms(median(widgetJourneys.flatMap((j) => j.changes.map((c) => c.frame))))}, floor ${ms(
          median(floorJourneys.flatMap((j) => j.changes.map((c) => c.frame))),
        )}. For reference, the floor with every step parsed into a template at load and cloned on click ` +
        `(${floorAtLoadJourneys.length} journeys): p50 ${ms(
          median(floorAtLoadJourneys.flatMap((j) => j.changes.map((c) => c.painted))),
        )}, p75 ${ms(
          quantile(
            floorAtLoadJourneys.flatMap((j) => j.changes.map((c) => c.painted)),
            0.75,
          ),
        )}.`,
      '',
      `Heap after each widget journey: ${widgetJourneys.map((j) => mib(j.heap)).join(', ')}; plain form loaded: ${plainHeaps
        .map(mib)
        .join(', ')}.`,
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
