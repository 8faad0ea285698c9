// The review as GOV.UK's summary list: the answers under the five parts the patient went through, several
// answers to one question one per line, and label, answer and Change stacked on a phone.
import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { PARTS } from '../../src/model/progress.js';
import { optionLabel } from '../../src/model/labels.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { clearStorage, shadow, type Widget } from './helpers.js';
import { closeFrames, openFrame, PAGES } from './frame.js';
import { toReview } from './flow.js';

function sections(el: Widget): string[] {
  return [...shadow(el).querySelectorAll('[part="review"] h3')].map((h) => h.textContent!.trim());
}

function row(el: Widget, questionId: string): HTMLElement {
  const button = shadow(el).querySelector(`[part="change-button"][data-question="${questionId}"]`)!;
  return button.closest('.review-row') as HTMLElement;
}

describe('the review', function () {
  this.timeout(30_000);

  it('shows the answers under the five parts, in order, each heading followed by its own rows', async () => {
    const el = await toReview(everything);
    expect(sections(el)).to.deep.equal(PARTS.map((id) => en.nav.parts[id]));
    const headings = [...shadow(el).querySelectorAll('[part="review"] h3')];
    const changeHeading = headings.find((h) => h.textContent!.trim() === en.nav.parts.change)!;
    expect(changeHeading.nextElementSibling!.contains(row(el, 'concerns')), 'concerns under its part').to.equal(true);
    expect(changeHeading.nextElementSibling!.contains(row(el, 'goal')), 'goal is not under "change"').to.equal(false);
    // Headings sit under the page's h2, so the outline reads h2 "Check your answers" > h3 parts.
    expect(shadow(el).querySelector('[part="heading"]')!.tagName).to.equal('H2');
    el.remove();
  });

  it('lists several answers one per line, and shows one answer as plain text', async () => {
    const el = await toReview(everything);
    const items = [...row(el, 'smp-areas').querySelectorAll('.review-answer li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal(
      (everything['smp-areas'] as string[]).map((code) => optionLabel('smp-areas', code, en)),
    );
    const single = row(el, 'goal').querySelector('.review-answer')!;
    expect(single.querySelector('ul')).to.equal(null);
    expect(single.textContent!.trim()).to.equal(optionLabel('goal', everything['goal'] as string, en));
    el.remove();
  });

  it('stacks label, answer and Change on a phone, and puts Change beside the answer on a wide screen', async () => {
    for (const [width, stacked] of [
      [320, true],
      [900, false],
    ] as const) {
      // A frame's width is its page's viewport in every engine, so the phone rule applies as on a phone.
      clearStorage();
      const frame = await openFrame(`${PAGES}src.html`, { width, height: 900 });
      const el = await toReview(minimalComplete, frame.el);
      const r = row(el, 'goal');
      const answer = r.querySelector('.review-answer')!.getBoundingClientRect();
      const change = r.querySelector('[part="change-button"]')!.getBoundingClientRect();
      expect(change.top >= answer.bottom - 1, `Change below the answer at ${width} px`).to.equal(stacked);
      closeFrames();
    }
    clearStorage();
  });
});
