// The progress bar's fill is the widget's colour in every engine, read from the rendered pixels: each engine
// paints a <progress> with its own pseudo-elements (WebKit and Chromium `::-webkit-progress-value`, Firefox
// `::-moz-progress-bar`), and a computed style cannot tell which colour a fill was painted in.
import { minimalComplete } from '../fixtures/answers.js';
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { click, mount, shadow } from './helpers.js';

/** The colour of the viewport pixel at (x, y) CSS pixels, from a real screenshot decoded by this browser. */
async function pixelAt(x: number, y: number): Promise<[number, number, number]> {
  const png = await executeServerCommand<string, { base64: boolean }>('screenshot', { base64: true });
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const scale = bitmap.width / innerWidth;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const [r, g, b] = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
  return [r!, g!, b!];
}

/** [r, g, b, alpha] (0-255, alpha 0-1) of a computed `rgb()`, `rgba()` or `color(srgb r g b / a)` colour. */
function channels(color: string): [number, number, number, number] {
  const n = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (color.startsWith('color(srgb')) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
  return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
}

/** `top` painted once over the opaque `under`. */
function over(top: string, under: string): [number, number, number] {
  const [r, g, b, a] = channels(top);
  const base = channels(under);
  return [r, g, b].map((v, i) => a * v + (1 - a) * base[i]!) as [number, number, number];
}

function near(actual: [number, number, number], expected: [number, number, number]): boolean {
  return actual.every((v, i) => Math.abs(v - expected[i]!) <= 24);
}

describe('progress bar', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`fills in the widget's primary colour and shows its track (${theme})`, async () => {
      const el = await mount(html`<smp-assessment persist="none" theme=${theme}></smp-assessment>`);
      el.answers = minimalComplete;
      await click(el, 'start-button');
      // Progress counts parts, so the bar stays empty through part 1: go on until it is filled enough to sample.
      while (shadow(el).querySelector('progress')!.value < 0.4) await click(el, 'continue-button');
      const bar = shadow(el).querySelector('progress')!;
      bar.scrollIntoView({ block: 'center' });
      const rect = bar.getBoundingClientRect();
      expect(rect.width * (bar.value / bar.max), 'the filled part is wide enough to sample').to.be.above(20);
      const style = getComputedStyle(bar);
      const behind = getComputedStyle(shadow(el).querySelector('.frame')!).backgroundColor;
      const y = rect.top + rect.height / 2;
      const fill = await pixelAt(rect.left + 10, y);
      expect(near(fill, over(style.color, behind)), `fill ${fill} vs the primary colour ${style.color}`).to.be.true;
      // The translucent track is painted once (not once by the element and again by a pseudo-element).
      const track = await pixelAt(rect.right - 10, y);
      const expected = over(style.backgroundColor, behind).map(Math.round);
      expect(near(track, over(style.backgroundColor, behind)), `track ${track}, expected ${expected}`).to.be.true;
    });
  }
});
