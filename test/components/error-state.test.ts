// Inputs of a question in error carry aria-invalid="true", so screen readers say so; option hints are read once.
import { expect } from '@open-wc/testing';
import { minimalComplete } from '../fixtures/answers.js';
import { click, mount, shadow, type, type Widget } from './helpers.js';
import { answerUntil } from './flow.js';

function invalidity(el: Widget, name: string): (string | null)[] {
  return [...shadow(el).querySelectorAll(`[name="${name}"]`)].map((input) => input.getAttribute('aria-invalid'));
}

describe('error state on inputs', function () {
  this.timeout(30_000);

  it('every input of a choice question in error is aria-invalid, and none once answered', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'smp-areas');
    expect(invalidity(el, 'smp-areas').every((v) => v === null)).to.equal(true);
    await click(el, 'continue-button');
    const after = invalidity(el, 'smp-areas');
    expect(after.length).to.be.greaterThan(1);
    expect(
      after.every((v) => v === 'true'),
      after.join(),
    ).to.equal(true);
  });

  it('a text answer over its limit is aria-invalid', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'notes');
    await type(el, 'notes', 'x'.repeat(1001));
    await click(el, 'continue-button');
    expect(invalidity(el, 'notes')).to.deep.equal(['true']);
  });

  it('an option hint is part of the label only, not also the description (read once)', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'concerns');
    const hinted = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="concerns"]')].filter((input) =>
      input.labels?.[0]?.querySelector('.option-hint'),
    );
    expect(hinted.length).to.be.greaterThan(0);
    for (const input of hinted) expect(input.hasAttribute('aria-describedby'), input.value).to.equal(false);
  });
});
