// Progress by part: "Part 2 of 5 · What you want to change", forward only, never a live region.
import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { answerStep, choose, click, currentStep, mount, part, shadow, type Widget } from './helpers.js';
import { answerUntil } from './flow.js';

function label(el: Widget): string {
  return part(el, 'progress')!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim();
}

function bar(el: Widget): number {
  return part(el, 'progress')!.querySelector('progress')!.position;
}

describe('progress by part', () => {
  it('names the part on the first question and on the concerns', async () => {
    const el = await mount();
    expect(part(el, 'progress'), 'no progress on the intro').to.equal(null);
    await click(el, 'start-button');
    expect(label(el)).to.equal('Part 1 of 5 \u00b7 Your SMP');
    expect(bar(el)).to.equal(0);
    await answerUntil(el, minimalComplete, 'concerns');
    expect(label(el)).to.equal(`${en.nav.part(2, 5)} \u00b7 ${en.nav.parts.change}`);
    expect(bar(el)).to.be.closeTo(0.2, 1e-9);
  });

  it('stays put while the patient ticks concerns that open follow-ups, and nothing on the step is announced', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'concerns');
    const before = [label(el), bar(el)];
    const liveBefore = shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"]').length;
    await choose(el, 'concerns', ['hairline-placement', 'blue-green-tint', 'bleeding-dots', 'change-of-mind']);
    expect([label(el), bar(el)]).to.deep.equal(before);
    const progress = part(el, 'progress')!;
    expect(progress.closest('[aria-live], [role="status"], [role="alert"], [role="log"]')).to.equal(null);
    expect(progress.querySelector('[aria-live], [role]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"]').length).to.equal(liveBefore);
    for (const region of shadow(el).querySelectorAll('[aria-live], [role="status"], [role="alert"]')) {
      expect(region.textContent!.trim(), 'no live text about progress').not.to.match(/Part \d|Question \d/);
    }
  });

  it('never moves back on a whole forward journey with every follow-up, and reaches part 5', async () => {
    const el = await mount();
    await click(el, 'start-button');
    const seen: { step: string; label: string; value: number }[] = [];
    for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
      seen.push({ step: currentStep(el), label: label(el), value: bar(el) });
      await answerStep(el, everything);
      expect(bar(el), `answering ${currentStep(el)} moved the bar`).to.equal(seen.at(-1)!.value);
      await click(el, 'continue-button');
    }
    expect(currentStep(el)).to.equal('review');
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.value, `${seen[i - 1]!.step} -> ${seen[i]!.step}`).to.be.at.least(seen[i - 1]!.value);
    }
    const parts = [...new Set(seen.map((s) => s.label.match(/^Part (\d) of 5/)![1]))];
    expect(parts).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(seen.at(-1)!.label).to.equal('Part 5 of 5 \u00b7 Photos and notes');
  });
});
