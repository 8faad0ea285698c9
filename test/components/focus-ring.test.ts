// The focus indicator (WCAG 2.2 non-text contrast): two-toned, drawn for keyboard focus, and at least 3:1 against the
// widget's backgrounds and the primary button's fill, in the light and the dark theme. Computed from the styles.
import { skipWithoutDriverFocusVisible } from './engine.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { click, part, settle, shadow, type Widget } from './helpers.js';

function rgb(color: string): [number, number, number] {
  const match = color.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function mountTheme(theme: 'light' | 'dark'): Promise<{ el: Widget; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button id="before">Before</button>
      <smp-assessment persist="none" theme=${theme}></smp-assessment>
    </div>`,
  );
  const el = wrapper.querySelector<Widget>('smp-assessment')!;
  await settle(el);
  return { el, before: wrapper.querySelector<HTMLButtonElement>('#before')! };
}

for (const theme of ['light', 'dark'] as const) {
  describe(`focus ring, ${theme} theme`, () => {
    it('keyboard focus on the primary button draws two tones, each at least 3:1 where it touches', async function () {
      skipWithoutDriverFocusVisible(this);
      const { el, before } = await mountTheme(theme);
      before.focus();
      await sendKeys({ press: 'Tab' });
      const start = part(el, 'start-button')!;
      expect(shadow(el).activeElement === start, 'Tab reached Start').to.equal(true);
      const style = getComputedStyle(start);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
      const outer = style.outlineColor;
      const inner = style.boxShadow;
      expect(inner, 'an inner ring').to.match(/rgb/);
      const frame = getComputedStyle(shadow(el).querySelector('.frame')!);
      const surface = getComputedStyle(el).getPropertyValue('--_surface');
      expect(contrast(outer, frame.backgroundColor), `outer ${outer} on the background`).to.be.at.least(3);
      expect(contrast(inner, outer), `inner ${inner} against outer ${outer}`).to.be.at.least(3);
      expect(
        contrast(inner, style.backgroundColor),
        `inner ${inner} on the button ${style.backgroundColor}`,
      ).to.be.at.least(3);
      // The surface colour (options, panels) is declared with light-dark(): read it through a probe element.
      const probe = document.createElement('div');
      probe.style.background = surface;
      shadow(el).querySelector('.frame')!.append(probe);
      const surfaceColor = getComputedStyle(probe).backgroundColor;
      probe.remove();
      expect(contrast(outer, surfaceColor), `outer ${outer} on the surface ${surfaceColor}`).to.be.at.least(3);
    });

    it('an error link reached by keyboard draws the ring, at least 3:1 on the background', async function () {
      skipWithoutDriverFocusVisible(this);
      const { el } = await mountTheme(theme);
      await click(el, 'start-button');
      await click(el, 'continue-button');
      const summary = part(el, 'error-summary')!;
      expect(shadow(el).activeElement === summary, 'the error summary has focus').to.equal(true);
      await sendKeys({ press: 'Tab' });
      const link = summary.querySelector<HTMLElement>('a, button')!;
      expect(shadow(el).activeElement === link, 'Tab from the summary reaches its first link').to.equal(true);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      const frame = getComputedStyle(shadow(el).querySelector('.frame')!);
      expect(contrast(style.outlineColor, frame.backgroundColor)).to.be.at.least(3);
    });
  });
}

describe('scroll margin above a focused heading (sticky host headers)', () => {
  it('keeps 1rem above the heading by default, and the host can set --smp-scroll-margin', async () => {
    const { el } = await mountTheme('light');
    await click(el, 'start-button');
    expect(getComputedStyle(part(el, 'heading')!).scrollMarginTop).to.equal('16px');
    el.style.setProperty('--smp-scroll-margin', '90px');
    expect(getComputedStyle(part(el, 'heading')!).scrollMarginTop).to.equal('90px');
  });
});
