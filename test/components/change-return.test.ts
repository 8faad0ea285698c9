// After a Change on the review: the step's button says it goes back to the answers, and
// back on the review focus is on the Change button of the answer just changed, not at the top of a long page.
import { expect } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';
import { choose, click, currentStep, part, settle, shadow, type Widget } from './helpers.js';
import { toReview } from './flow.js';

function changeButton(el: Widget, questionId: string): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>(`[part="change-button"][data-question="${questionId}"]`)!;
}

async function change(el: Widget, questionId: string): Promise<void> {
  changeButton(el, questionId).focus();
  changeButton(el, questionId).click();
  await settle(el);
}

function continueLabel(el: Widget): string {
  return part(el, 'continue-button')!.textContent!.trim();
}

describe('returning to the review after a Change', function () {
  this.timeout(30_000);

  it('reads "Save and go back to your answers", and focus lands on that row\'s Change button', async () => {
    const el = await toReview(minimalComplete);
    await change(el, 'smp-areas');
    expect(currentStep(el)).to.equal('smp-areas');
    expect(continueLabel(el)).to.equal(en.nav.continueToReview);
    expect(en.nav.continueToReview).to.equal('Save and go back to your answers');
    await choose(el, 'smp-areas', 'crown');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    expect(shadow(el).activeElement === changeButton(el, 'smp-areas'), 'focus on the smp-areas Change button').to.equal(
      true,
    );
  });

  it('says Continue while a newly shown follow-up is still to answer, then goes back to the changed row', async () => {
    const el = await toReview(minimalComplete);
    await change(el, 'concerns');
    await choose(el, 'concerns', 'helmet-look');
    expect(continueLabel(el), 'a follow-up comes next').to.equal(en.nav.continue);
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('helmet-extent');
    const first = shadow(el).querySelector<HTMLInputElement>('input[name="helmet-extent"]')!;
    first.click();
    await settle(el);
    expect(continueLabel(el)).to.equal(en.nav.continueToReview);
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    expect(shadow(el).activeElement === changeButton(el, 'concerns'), 'focus on the concerns Change button').to.equal(
      true,
    );
  });

  it('Back from a Change also returns focus to that row; Finish still focuses the heading', async () => {
    const el = await toReview(minimalComplete);
    await change(el, 'goal');
    await click(el, 'back-button');
    expect(currentStep(el)).to.equal('review');
    expect(shadow(el).activeElement === changeButton(el, 'goal'), 'focus on the goal Change button').to.equal(true);
    await click(el, 'finish-button');
    expect(currentStep(el)).to.equal('summary');
    expect(shadow(el).activeElement === part(el, 'heading'), 'Finish still focuses the heading').to.equal(true);
  });
});
