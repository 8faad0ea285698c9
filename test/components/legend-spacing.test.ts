// The question heading sits in the fieldset's <legend>; its bottom margin must separate it from the hint in
// every engine. WebKit lets a legend child's bottom margin collapse out of the legend and drops it, so the
// hint touched the heading there (seen in the screenshots side by side) until the legend contained it.
import { expect } from '@open-wc/testing';
import { minimalComplete } from '../fixtures/answers.js';
import { click, mount, part, shadow } from './helpers.js';

describe('legend spacing', () => {
  it("keeps the heading's bottom margin above the hint (a question step)", async () => {
    const el = await mount();
    el.answers = minimalComplete;
    await click(el, 'start-button');
    // The first steps group two questions under an h2 of their own: go to the first question whose heading is its
    // legend and that has a hint.
    const hinted = () => part(el, 'heading')?.closest('legend') && shadow(el).querySelector('fieldset > .hint');
    while (!hinted()) await click(el, 'continue-button');
    const heading = part(el, 'heading')!;
    const hint = shadow(el).querySelector<HTMLElement>('fieldset > .hint')!;
    expect(heading.closest('legend'), 'the heading is the legend').to.exist;
    const margin = parseFloat(getComputedStyle(heading).marginBottom);
    expect(margin).to.be.above(8);
    const gap = hint.getBoundingClientRect().top - heading.getBoundingClientRect().bottom;
    expect(gap, `gap ${gap}px, margin ${margin}px`).to.be.at.least(margin - 1);
  });
});
