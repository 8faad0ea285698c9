// The idle warm-up (src/components/warm-up.ts) draws each question step once into a detached fragment while
// the patient reads the intro. It must leave no trace: the page still shows the intro, nothing moved focus,
// no event fired, nothing was stored. This file's first mount is the page's first, so the warm-up runs here.
import { expect } from '@open-wc/testing';
import { currentStep, mount, shadow } from './helpers.js';

const idle = () =>
  new Promise<void>((resolve) => {
    requestIdleCallback(() => resolve(), { timeout: 2000 });
  });

describe('warm-up', () => {
  it('draws the steps off the page, and the page still shows only the intro', async () => {
    const events: string[] = [];
    for (const type of ['smp-step', 'smp-complete', 'smp-reset']) {
      document.addEventListener(type, () => events.push(type));
    }
    const storedBefore = localStorage.length;
    const el = await mount();
    const before = shadow(el).innerHTML;
    await idle();
    await idle();
    await el.updateComplete;
    expect(currentStep(el)).to.equal('intro');
    expect(shadow(el).innerHTML, 'the shadow root is as it was').to.equal(before);
    expect(shadow(el).querySelectorAll('fieldset, textarea, input').length, 'no question on the page').to.equal(0);
    expect(document.activeElement, 'focus did not move').to.equal(document.body);
    expect(events, 'no event').to.deep.equal([]);
    expect(localStorage.length, 'nothing stored').to.equal(storedBefore);
  });
});
