// Theming: dark theme
// and prefers-color-scheme paint the widget's own dark background; forced colours keep it usable and axe-clean;
// 44 px targets on every step; at 640 px with 200 % root text nothing scrolls sideways and text follows rem.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { chromiumOnly, engine, setViewport } from './engine.js';
import { typicalJourney } from '../fixtures/answers.js';
import { PAGES, closeFrames, openFrame, until } from './frame.js';
import { click, currentStep, mount, part, settle, shadow, answerStep, type Widget } from './helpers.js';
import { answerUntil } from './flow.js';
import { minimalComplete } from '../fixtures/answers.js';

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

function isOpaque(color: string): boolean {
  return !/rgba\(.*,\s*0\)$/.test(color) && color !== 'transparent';
}

/**
 * Walks a full journey by clicks and calls `check` on every screen: the intro, each question, the first
 * question's error state, the review and the summary.
 */
async function walk(el: Widget, check: (screen: string) => Promise<void> | void): Promise<void> {
  await check('intro');
  await click(el, 'start-button');
  await click(el, 'continue-button');
  await check('error summary');
  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    const step = currentStep(el);
    await answerStep(el, typicalJourney);
    await check(step);
    await click(el, 'continue-button');
    if (currentStep(el) === step) throw new Error(`stuck on ${step}`);
  }
  await check('review');
  await click(el, 'finish-button');
  // The summary may come from a lazy chunk: wait for it.
  await until(() => currentStep(el) === 'summary' && part(el, 'summary'), 'the summary');
  await settle(el);
  await check('summary');
}

describe('theme', () => {
  afterEach(async () => {
    closeFrames();
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
  });

  it('theme="dark" paints its own dark background with light text', async () => {
    const el = await mount(html`<smp-assessment persist="none" theme="dark"></smp-assessment>`);
    const host = getComputedStyle(el);
    const frame = getComputedStyle(shadow(el).querySelector('.frame')!);
    for (const style of [host, frame]) {
      expect(isOpaque(style.backgroundColor)).to.be.true;
      expect(luminance(style.backgroundColor), style.backgroundColor).to.be.below(0.05);
      expect(luminance(style.color), style.color).to.be.above(0.6);
    }
    expect(host.colorScheme).to.equal('dark');
  });

  it('prefers-color-scheme: dark with theme auto (the default) is dark; theme="light" stays light', async function () {
    chromiumOnly(this, 'prefers-color-scheme');
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    const page = await fixture<HTMLElement>(
      html`<div>
        <smp-assessment persist="none"></smp-assessment>
        <smp-assessment persist="none" theme="light"></smp-assessment>
      </div>`,
    );
    const [auto, light] = [...page.querySelectorAll('smp-assessment')] as [Widget, Widget];
    await settle(auto);
    expect(auto.getAttribute('theme')).to.equal('auto');
    expect(luminance(getComputedStyle(auto).backgroundColor)).to.be.below(0.05);
    expect(luminance(getComputedStyle(shadow(auto).querySelector('.frame')!).backgroundColor)).to.be.below(0.05);
    expect(luminance(getComputedStyle(light).backgroundColor)).to.equal(1);

    await emulateMedia({ colorScheme: 'light' });
    expect(luminance(getComputedStyle(auto).backgroundColor)).to.equal(1);
  });

  describe('forced colours (Windows high contrast), emulated', () => {
    before(async function () {
      chromiumOnly(this, 'forced-colors');
      await executeServerCommand('smp-media', { features: [{ name: 'forced-colors', value: 'active' }] });
    });
    after(async () => {
      if (engine === 'chromium') await executeServerCommand('smp-media', { features: [] });
    });

    it('every screen stays usable: options and buttons visible, the choice shown, axe clean', async function () {
      this.timeout(60_000);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.be.true;
      const el = await mount();
      await walk(el, async (screen) => {
        for (const label of shadow(el).querySelectorAll<HTMLElement>('.option label')) {
          const rect = label.getBoundingClientRect();
          expect(rect.height, `${screen}: option`).to.be.at.least(44);
          expect(getComputedStyle(label).borderTopStyle, `${screen}: option outline`).to.equal('solid');
        }
        for (const input of shadow(el).querySelectorAll<HTMLInputElement>('.option input')) {
          const rect = input.getBoundingClientRect();
          expect(rect.width * rect.height, `${screen}: the native input shows`).to.be.greaterThan(0);
        }
        const checked = shadow(el).querySelector('.option input:checked + label');
        if (checked) expect(getComputedStyle(checked).borderTopWidth, `${screen}: choice marked`).to.equal('3px');
        // Buttons whose edge is their background's colour get a visible system-colour border instead.
        for (const button of shadow(el).querySelectorAll<HTMLElement>('.primary, .secondary')) {
          const style = getComputedStyle(button);
          expect(style.borderTopStyle, `${screen}: button edge`).to.equal('solid');
          expect(isOpaque(style.borderTopColor), `${screen}: ${button.className} edge ${style.borderTopColor}`).to.be
            .true;
        }
        await expect(el, `axe on ${screen} in forced colours`).to.be.accessible();
      });
    });

    it('the progress bar keeps its fill (Highlight) on its own track', async function () {
      this.timeout(60_000);
      const el = await mount();
      await click(el, 'start-button');
      await answerUntil(el, minimalComplete, 'concerns');
      const bar = shadow(el).querySelector<HTMLProgressElement>('progress')!;
      expect(bar.value, 'part 2 of 5: a fifth done').to.be.closeTo(0.2, 0.001);
      bar.scrollIntoView({ block: 'center' });
      await nextFrame();
      const png = await executeServerCommand<string, { base64: boolean }>('screenshot', { base64: true });
      const shot = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))]));
      const scale = shot.width / innerWidth;
      const canvas = new OffscreenCanvas(shot.width, shot.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(shot, 0, 0);
      const rect = bar.getBoundingClientRect();
      const at = (share: number) =>
        [
          ...context.getImageData(
            Math.round((rect.left + rect.width * share) * scale),
            Math.round((rect.top + rect.height / 2) * scale),
            1,
            1,
          ).data,
        ].slice(0, 3);
      const fill = at(0.1);
      const track = at(0.9);
      expect(fill, `fill ${fill} differs from the track ${track}`).to.not.deep.equal(track);
    });
  });

  it('every option is at least 44 px high and every button at least 44x44 on every screen', async function () {
    this.timeout(30_000);
    // A 320 px wide frame is a 320 px viewport in every engine (a MiniBrowser window cannot be that narrow).
    const frame = await openFrame(`${PAGES}src.html`, { width: 320, height: 800 });
    frame.el.remove();
    const el = frame.doc.createElement('smp-assessment') as Widget;
    el.setAttribute('persist', 'none');
    el.setAttribute('consultation-url', 'https://clinic.example/consult');
    frame.doc.body.append(el);
    await settle(el);
    expect(frame.win.innerWidth).to.equal(320);
    let seen = 0;
    const root = frame.doc.documentElement;
    await walk(el, (screen) => {
      expect(root.scrollWidth, `${screen}: nothing scrolls sideways at 320 px`).to.be.at.most(root.clientWidth);
      for (const label of shadow(el).querySelectorAll<HTMLElement>('.option label')) {
        expect(label.getBoundingClientRect().height, `${screen}: ${label.textContent?.trim()}`).to.be.at.least(44);
        seen++;
      }
      for (const button of shadow(el).querySelectorAll<HTMLElement>('button, .button')) {
        const rect = button.getBoundingClientRect();
        const what = `${screen}: ${button.getAttribute('part') ?? button.className} "${button.textContent?.trim()}"`;
        expect(rect.width, what).to.be.at.least(44);
        expect(rect.height, what).to.be.at.least(44);
        seen++;
      }
    });
    expect(part(el, 'consultation-button')).to.exist;
    expect(seen).to.be.greaterThan(100);
  });

  describe('at 640 px with html { font-size: 200% }', () => {
    let sheet: HTMLStyleElement;
    beforeEach(async () => {
      await setViewport({ width: 640, height: 900 });
      sheet = document.createElement('style');
      sheet.textContent = 'html { font-size: 200%; }';
      document.head.append(sheet);
    });
    afterEach(() => sheet.remove());

    it('nothing scrolls sideways on any screen, and text follows the root size', async function () {
      this.timeout(30_000);
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('32px');
      const el = await mount();
      const root = document.documentElement;
      await walk(el, (screen) => {
        expect(root.scrollWidth, `${screen}: page width`).to.be.at.most(root.clientWidth);
        expect(el.scrollWidth, `${screen}: widget width`).to.be.at.most(el.clientWidth);
        const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
        expect(getComputedStyle(frame).fontSize, `${screen}: base text`).to.equal('32px');
        expect(getComputedStyle(part(el, 'heading')!).fontSize, `${screen}: heading (1.5rem)`).to.equal('48px');
        for (const element of shadow(el).querySelectorAll<HTMLElement>('.frame *')) {
          if (element.closest('svg, .visually-hidden') || getComputedStyle(element).display === 'none') continue;
          const rect = element.getBoundingClientRect();
          expect(rect.right, `${screen}: <${element.localName} class="${element.className}"> overflows`).to.be.at.most(
            root.clientWidth + 0.5,
          );
        }
      });
    });
  });
});
