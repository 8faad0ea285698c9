// Screenshots of every step of the longest journey (plus error states and the resume intro) at 320 px wide,
// light and dark, in the engine running the tests, into .screenshots/engines/, for a person to
// look at side by side (`npm run screenshots:review` copies the 320 px ones into docs/review/engines/); in Chromium
// also at 375 and 1280 px, in English and Spanish (copied into docs/review/steps/).
// The same in every engine: the viewport is an iframe of that width, the colours come from the `theme`
// attribute, and each shot is of the whole frame. Each screen is also checked for sideways scrolling, which a
// person could miss in a full-page image.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getQuestionStep } from '../../src/model/definition.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { engine, resetViewport, setViewport } from './engine.js';
import { PAGES, closeFrames, openFrame, type Frame } from './frame.js';
import { choose, clearStorage, click, currentStep, settle, type, type Widget } from './helpers.js';
import { finish } from './flow.js';

/**
 * The engine comparison: 320 px, English, in every engine. The patient's-path set: a 375 px phone and a 1280 px
 * desktop, English and Spanish, in Chromium only (the engines' differences are what the 320 px set is for).
 */
const SHOTS: readonly { readonly width: number; readonly lang: 'en' | 'es' }[] = [
  { width: 320, lang: 'en' },
  ...(engine === 'chromium'
    ? ([375, 1280] as const).flatMap((width) => (['en', 'es'] as const).map((lang) => ({ width, lang })))
    : []),
];
/** The smallest viewport the shots use (a MiniBrowser window is at least 447 px wide). */
const VIEWPORT = { width: 800, height: 900 };
const SCHEMES = ['light', 'dark'] as const;

/** A fresh widget in the frame's page, in place of the page's own (which keeps a draft). */
async function widgetIn(frame: Frame, attributes: Record<string, string>): Promise<Widget> {
  frame.doc.querySelectorAll('smp-assessment').forEach((old) => old.remove());
  const el = frame.doc.createElement('smp-assessment') as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  frame.doc.querySelector('main')!.append(el);
  await settle(el);
  return el;
}

/**
 * One screenshot of the whole frame, after checking that nothing scrolls sideways. The same in every engine:
 * the frame grows to its page's height at the test page's top left, the viewport grows to hold it, and the
 * page crops the viewport's screenshot to the frame. (An element screenshot is not: WebKitWebDriver paints
 * part of a tall element black.)
 */
async function shoot(frame: Frame, el: Widget, file: string, label: string): Promise<void> {
  await settle(el);
  const root = frame.doc.documentElement;
  expect(root.scrollWidth - root.clientWidth, `${label} scrolls sideways`).to.be.at.most(0);
  const { iframe } = frame;
  Object.assign(iframe.style, { position: 'absolute', top: '0', left: '0', border: '0', zIndex: '1' });
  iframe.height = '100';
  const height = root.scrollHeight;
  iframe.height = String(height);
  await setViewport({
    width: Math.max(VIEWPORT.width, iframe.width ? Number(iframe.width) : 0),
    height: Math.max(VIEWPORT.height, height),
  });
  scrollTo(0, 0);
  frame.win.scrollTo(0, 0);
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  const png = await executeServerCommand<string, { base64: boolean }>('screenshot', { base64: true });
  const shot = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))]));
  const scale = shot.width / innerWidth;
  const width = Number(iframe.width);
  const canvas = new OffscreenCanvas(Math.round(width * scale), Math.round(height * scale));
  canvas.getContext('2d')!.drawImage(shot, 0, 0);
  const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  await executeServerCommand('screenshot', { path: file, png: btoa(binary) });
}

/** Spanish is a lazy chunk: the shots wait until the widget speaks the language asked for. */
async function inLanguage(el: Widget, lang: 'en' | 'es'): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.frame')?.getAttribute('lang') === lang, `widget in ${lang}`);
  await settle(el);
}

async function answerStep(el: Widget, stepId: string): Promise<void> {
  for (const question of getQuestionStep(stepId)?.questions ?? []) {
    const value = everything[question.id];
    if (value === undefined) continue;
    if (question.kind === 'text') await type(el, question.id, value as string);
    else await choose(el, question.id, value);
  }
}

describe('screenshots', function () {
  this.timeout(180_000);
  after(resetViewport);
  afterEach(() => {
    clearStorage();
    closeFrames();
  });

  for (const { width, lang } of SHOTS) {
    for (const scheme of SCHEMES) {
      it(`every step of the longest journey, error states and the resume intro, at ${width} px, ${lang}, ${scheme}`, async () => {
        const frame = await openFrame(`${PAGES}src.html`, { width, height: 800 });
        // The widget inherits the page's font, and each engine's default font differs (Chromium and Firefox
        // default to a serif, MiniBrowser to a sans): give the page one, as a clinic's page has.
        frame.doc.body.style.fontFamily = 'sans-serif';
        const el = await widgetIn(frame, { persist: 'none', clinic: 'Lakeshore Laser', theme: scheme, lang });
        await inLanguage(el, lang);
        // The 320 px English set keeps its names (docs/review/engines); the others name their language.
        const tag = width === 320 && lang === 'en' ? `${width}` : `${width}-${lang}`;
        let index = 0;
        const snap = (name: string, widget: Widget = el) =>
          shoot(
            frame,
            widget,
            `engines/${engine}-${tag}-${String(++index).padStart(2, '0')}-${name}-${scheme}.png`,
            `${name} at ${width} px ${lang} ${scheme}`,
          );
        await snap('intro');
        await click(el, 'start-button');
        const errorsOn = new Set(['smp-history', 'concerns', 'tint', 'concern-details']);
        for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
          const step = currentStep(el);
          if (errorsOn.has(step)) {
            await click(el, 'continue-button');
            await snap(`${step}-error`);
          }
          await answerStep(el, step);
          await snap(step);
          await click(el, 'continue-button');
        }
        await snap('review');
        await finish(el);
        await snap('summary');
        expect(index).to.equal(1 + 4 + 22 + 2);

        localStorage.setItem(
          'smp-assessment:shots',
          JSON.stringify({ v: 1, savedAt: Date.now(), step: 'goal', answers: minimalComplete, fromReview: false }),
        );
        const resume = await widgetIn(frame, { 'storage-key': 'shots', theme: scheme, lang });
        await inLanguage(resume, lang);
        await snap('intro-resume', resume);
      });
    }
  }
});
