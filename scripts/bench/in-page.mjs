// Functions the benchmark runs inside the page (page.evaluate / evaluateOnNewDocument): they are serialised, so
// each one is self-contained. performance.now() counts from navigation start.
/* global window, document, customElements, requestAnimationFrame, HTMLElement */

/**
 * Installed before any page script runs. Records long tasks (PerformanceObserver, buffered) and sets
 * window.__firstScreen to when the first screen was rendered and then painted:
 * - widget: the element is defined, its first update is done and an enabled start-button is in its shadow root;
 * - plain form: DOMContentLoaded has fired and the first radio is in the DOM.
 * "Painted" is the same for both: the next animation frame, then a task after it (the frame has been drawn).
 */
export function loadProbe(kind) {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()))));
  window.__firstScreen = new Promise((resolveProbe, rejectProbe) => {
    if (kind === 'widget') {
      customElements.whenDefined('smp-assessment').then(async () => {
        try {
          const el = document.querySelector('smp-assessment');
          await el.updateComplete;
          const rendered = performance.now();
          const start = el.shadowRoot?.querySelector('[part~="start-button"]');
          if (!start || start.disabled) throw new Error('no enabled start-button after the first update');
          resolveProbe({ rendered, painted: await painted() });
        } catch (error) {
          rejectProbe(error);
        }
      }, rejectProbe);
    } else {
      document.addEventListener('DOMContentLoaded', async () => {
        const rendered = performance.now();
        if (!document.querySelector('input[type="radio"]')) rejectProbe(new Error('no radio in the plain form'));
        else resolveProbe({ rendered, painted: await painted() });
      });
    }
  });
}

/** Waits until `untilMs` after navigation start, then returns the long tasks seen so far. */
export async function longTasksUntil(untilMs) {
  const wait = untilMs - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  // Long-task entries are delivered after the task; one more frame and task lets the last ones arrive.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
  return window.__longTasks;
}

/**
 * Widget only: Start clicked as soon as the intro is painted, to the first question painted. Returns that time
 * and the path of every resource the page fetched until then (Resource Timing covers import() chunks too).
 */
export async function toFirstQuestion() {
  const { painted: intro } = await window.__firstScreen;
  const el = document.querySelector('smp-assessment');
  const root = el.shadowRoot;
  root.querySelector('[part~="start-button"]').click();
  // The first question may wait for a lazy chunk: poll each frame until its first input is there.
  for (let i = 0; i < 600 && !root.querySelector('[part="step"] input'); i++) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  if (!root.querySelector('[part="step"] input')) throw new Error('Start did not show the first question');
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const shown = performance.now();
  const resources = performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime <= shown)
    .map((e) => new URL(e.name).pathname);
  return { intro, shown, resources };
}

/**
 * A full journey on the widget or on the floor page (the same code for both): the intro read for `readIntroMs`,
 * Start, every question step answered (the first option of each fieldset, some text in each textarea) and
 * Continue, up to the review. For each Start or Continue: performance.now() just before click(), in a task of
 * its own as a real click would be, to the next animation frame (`frame`) and the task after it (`painted`).
 * The new step must be on screen with its heading focused, or the journey throws.
 * With `capture`, also returns each step's markup on arrival and the CSS of the adopted stylesheets: the
 * floor page's data.
 */
export async function walkJourney(readIntroMs, capture = false) {
  const host = document.querySelector('smp-assessment, #floor');
  if (host.localName === 'smp-assessment') {
    await customElements.whenDefined('smp-assessment');
  } else {
    await window.floorReady;
  }
  const root = host.shadowRoot;
  const part = (name) => root.querySelector(`[part~="${name}"]`);
  const settled = () => host.updateComplete ?? Promise.resolve();
  const sleep = (msToWait) => new Promise((r) => setTimeout(r, msToWait));
  await settled();

  const sheetTexts = [];
  const steps = [];
  const snapshot = () => {
    if (!capture) return;
    const sheets = root.adoptedStyleSheets.map((sheet) => {
      const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      if (!sheetTexts.includes(text)) sheetTexts.push(text);
      return sheetTexts.indexOf(text);
    });
    // Lit's comment markers are its bookkeeping, not the page's markup.
    const html = root.querySelector('.frame').innerHTML.replace(/<!--[^]*?-->/g, '');
    steps.push({ step: part('step')?.dataset.step, html, sheets });
  };
  snapshot();
  await sleep(readIntroMs);

  const changes = [];
  for (let guard = 0; guard < 80; guard++) {
    const from = part('step')?.dataset.step;
    if (from === 'review') break;
    // Twice: a first answer can reveal follow-ups in place, to answer too.
    for (let pass = 0; pass < 2; pass++) {
      for (const fieldset of root.querySelectorAll('fieldset')) {
        if (!fieldset.querySelector('input:checked')) fieldset.querySelector('input:not([type="file"])')?.click();
      }
      for (const textarea of root.querySelectorAll('textarea')) {
        if (!textarea.value) {
          textarea.value = 'Benchmark answer.';
          textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }
      await settled();
    }
    await sleep(30);
    const button = part('continue-button') ?? part('start-button');
    // A real click or key press focuses the button first.
    button.focus();
    const t = await new Promise((resolve) =>
      setTimeout(() => {
        const t0 = performance.now();
        button.click();
        // The step after the first question may wait for its lazy chunk (asked for at the first answer): the
        // time runs until the new step is in a painted frame, however many frames that takes.
        let frames = 0;
        const onFrame = () => {
          if (part('step')?.dataset.step === from && ++frames < 600) return requestAnimationFrame(onFrame);
          const frame = performance.now();
          setTimeout(() => resolve({ t0, frame, painted: performance.now() }));
        };
        requestAnimationFrame(onFrame);
      }),
    );
    const to = part('step')?.dataset.step;
    const focused = root.activeElement;
    if (to === from || !(focused instanceof HTMLElement) || !focused.matches('[part~="heading"]')) {
      throw new Error(
        `${host.localName}: Continue on "${from}" did not show the next step with its heading focused ` +
          `(now on "${to}", focus on ${focused?.outerHTML.slice(0, 60) ?? 'nothing'})`,
      );
    }
    changes.push({ from, to, frame: t.frame - t.t0, painted: t.painted - t.t0 });
    snapshot();
  }
  if (part('step')?.dataset.step !== 'review')
    throw new Error(`${host.localName}: the journey did not reach the review`);
  return { changes, floor: capture ? { sheets: sheetTexts, steps } : null };
}

/** Widget only, at the review: Finish, then wait for the summary (untimed; the heap is read there). */
export async function finishJourney() {
  const el = document.querySelector('smp-assessment');
  const part = (name) => el.shadowRoot.querySelector(`[part~="${name}"]`);
  part('finish-button').click();
  for (let i = 0; i < 200 && part('step')?.dataset.step !== 'summary'; i++) await new Promise((r) => setTimeout(r, 30));
  if (part('step')?.dataset.step !== 'summary') throw new Error('Finish did not reach the summary');
}
