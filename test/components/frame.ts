// Helpers for tests that need a page of their own: a same-origin iframe loads one of the pages in ./pages
// (optionally with `?csp=strict`, which makes the dev server send the strict policy for that document), and
// the test drives the widget inside it. The iframe's own realm records what happened (./pages/probe.ts).
import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { typicalJourney } from '../fixtures/answers.js';
import { catchDownloads, engine } from './engine.js';
import { answerStep, choose, click, currentStep, part, settle, shadow, type Widget } from './helpers.js';

/** What ./pages/probe.ts records inside the page. */
export interface Probe {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  warnings: string[];
  resources: { name: string; initiatorType: string }[];
  requests: string[];
}

export type FrameWindow = Window & typeof globalThis & { __probe: Probe };

export interface Frame {
  iframe: HTMLIFrameElement;
  win: FrameWindow;
  doc: Document;
  probe: Probe;
  /** The first `<smp-assessment>` of the page, once defined and rendered. */
  el: Widget;
  /** Outside Chromium, the downloads the page started, caught instead of saved (engine.ts). */
  downloads: { name: string; href: string }[] | undefined;
}

export const PAGES = '/test/components/pages/';

/** Polls `check` until it returns a truthy value (returned), or fails with `what` after `timeout` ms. */
export async function until<T>(check: () => T, what: string, timeout = 5000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** True when the dev server has the file (dist/ exists only after `npm run build`). */
export async function exists(url: string): Promise<boolean> {
  const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
  return response.ok;
}

/**
 * For a test of a built file (`/dist/...`, made by `npm run build`): returns when the dev server has it. Without
 * it, a local run skips the test and says why; a CI run (`CI` set: `.ci/run` builds before it tests) fails, so a
 * build that did not happen can never pass as a skipped test.
 */
export async function requireBuilt(context: Mocha.Context, url: string, what = 'skipped'): Promise<void> {
  if (await exists(url)) return;
  const message = `${url.slice(1)} is missing (run \`npm run build\`)`;
  if (await executeServerCommand<boolean, undefined>('smp-ci')) {
    throw new Error(`${message}: CI is set, where the build runs before the tests, so this fails instead of skipping`);
  }
  console.log(`${message}: ${what}`);
  context.skip();
}

const opened: HTMLIFrameElement[] = [];
let downloads: Promise<string> | undefined;

/** Removes every frame opened by `openFrame` (call in `afterEach`). */
export function closeFrames(): void {
  for (const iframe of opened.splice(0)) iframe.remove();
}

/**
 * Loads `url` in a visible iframe (800x1000 unless sized: a frame's size is its page's viewport, in every
 * engine) and waits for the widget in it to be defined and rendered.
 */
export async function openFrame(url: string, { widget = true, width = 800, height = 1000 } = {}): Promise<Frame> {
  // The journey downloads the summary: keep those files out of ~/Downloads (Chromium: a scratch folder).
  if (engine === 'chromium') {
    downloads ??= executeServerCommand<string, undefined>('smp-downloads');
    await downloads;
  }
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.title = 'embedding page';
  const loaded = new Promise((resolve, reject) => {
    iframe.addEventListener('load', resolve, { once: true });
    iframe.addEventListener('error', reject, { once: true });
  });
  iframe.src = url;
  document.body.append(iframe);
  opened.push(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow;
  const doc = iframe.contentDocument!;
  if (!win.__probe) throw new Error(`${url}: the probe did not run`);
  const caught = engine === 'chromium' ? undefined : catchDownloads(win);
  let el = null as unknown as Widget;
  if (widget) {
    await until(() => win.customElements.get('smp-assessment'), `<smp-assessment> defined in ${url}`);
    el = doc.querySelector('smp-assessment') as Widget;
    await el.updateComplete;
    await nextFrame();
  }
  return { iframe, win, doc, probe: win.__probe, el, downloads: caught };
}

/** A small JPEG made in the frame's realm, as a patient's photo would be. */
async function photoFile(win: FrameWindow): Promise<File> {
  const canvas = new win.OffscreenCanvas(64, 48);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#8a6';
  ctx.fillRect(0, 0, 64, 48);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new win.File([blob], 'scalp.jpg', { type: 'image/jpeg' });
}

export interface JourneyOptions {
  /** Switch the widget to Spanish (the lazy locale chunk) after this step. */
  spanishAfter?: string;
  /** Attach one photo on the photos step (its thumbnail is a blob: URL). */
  photo?: boolean;
  /** Exercise Copy and Download on the summary, and the print stylesheet (beforeprint/afterprint). */
  share?: boolean;
}

/**
 * A full journey by clicks, from the intro to the summary: an error summary and its link, every question,
 * optionally Spanish midway and a photo, a Change from the review, Finish, then Copy, Download and print.
 */
export async function fullJourney(frame: Frame, options: JourneyOptions = {}): Promise<void> {
  const { el, win } = frame;
  if (part(el, 'restart-button')) await click(el, 'restart-button');
  else await click(el, 'start-button');
  expect(currentStep(el)).to.equal('smp-history');
  // Continue with nothing chosen: the error summary, then its link to the first input.
  await click(el, 'continue-button');
  const link = await until(() => shadow(el).querySelector<HTMLAnchorElement>('[part="error-summary"] a'), 'error link');
  link.click();
  await settle(el);

  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    const step = currentStep(el);
    await answerStep(el, typicalJourney);
    if (step === 'photos' && options.photo) {
      const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"][name="photo-front"]')!;
      const transfer = new win.DataTransfer();
      transfer.items.add(await photoFile(win));
      input.files = transfer.files;
      input.dispatchEvent(new win.Event('change', { bubbles: true }));
      const img = await until(
        () => shadow(el).querySelector<HTMLImageElement>('.photo-picture img'),
        'thumbnail',
        8000,
      );
      await until(() => img.complete && img.naturalWidth > 0, 'thumbnail decoded');
    }
    if (step === options.spanishAfter) {
      el.setAttribute('lang', 'es');
      await until(() => part(el, 'continue-button')?.textContent?.trim() === 'Continuar', 'the Spanish text', 8000);
    }
    await click(el, 'continue-button');
    if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
  }
  expect(currentStep(el)).to.equal('review');

  // Change an answer from the review: the flow returns to the review.
  const change = shadow(el).querySelector<HTMLButtonElement>('[part="change-button"][data-question="goal"]')!;
  change.click();
  await settle(el);
  expect(currentStep(el)).to.equal('goal');
  await choose(el, 'goal', 'fade-for-redo');
  await click(el, 'continue-button');
  expect(currentStep(el)).to.equal('review');

  await click(el, 'finish-button');
  await until(() => currentStep(el) === 'summary' && part(el, 'summary'), 'the summary');

  if (options.share) {
    await click(el, 'copy-button');
    await until(() => shadow(el).querySelector('.status')?.textContent?.trim(), 'the copy status');
    await click(el, 'download-button');
    if (frame.downloads) expect(frame.downloads.map((d) => d.name)).to.have.length(1);
    // Print itself cannot run headless; its stylesheet is added on beforeprint and removed on afterprint.
    win.dispatchEvent(new win.Event('beforeprint'));
    expect(frame.doc.adoptedStyleSheets.length).to.equal(1);
    win.dispatchEvent(new win.Event('afterprint'));
    expect(frame.doc.adoptedStyleSheets.length).to.equal(0);
  }
  await settle(el);
}
