// axe on every step of the longest journey (every follow-up shown), error states, the review, the summary,
// and the intro with a draft and with a discarded-draft notice: no axe violation anywhere.
import { expect, html } from '@open-wc/testing';
import { getQuestionStep } from '../../src/model/definition.js';
import { everything } from '../fixtures/answers.js';
import { choose, clearStorage, click, currentStep, mount, part, type, type Widget } from './helpers.js';
import { finish, mountLocal } from './flow.js';

async function answerStep(el: Widget, stepId: string): Promise<void> {
  for (const question of getQuestionStep(stepId)?.questions ?? []) {
    const value = everything[question.id];
    if (value === undefined) continue;
    if (question.kind === 'text') await type(el, question.id, value as string);
    else await choose(el, question.id, value);
  }
}

describe('accessibility (axe)', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  afterEach(clearStorage);

  it('reports nothing on any step of the longest journey, with error states, the review and the summary', async function () {
    // A whole journey: slow on a busy 2-core machine, well under this.
    this.timeout(60_000);
    const el = await mount(html`<smp-assessment persist="none" clinic="Lakeshore Laser"></smp-assessment>`);
    await expect(el).to.be.accessible();
    await click(el, 'start-button');
    const checked: string[] = [];
    const errorsOn = new Set(['smp-history', 'smp-areas', 'tint', 'concern-details']);
    for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
      const step = currentStep(el);
      if (errorsOn.has(step)) {
        await click(el, 'continue-button');
        expect(currentStep(el), `an empty ${step} does not advance`).to.equal(step);
        expect(part(el, 'error-summary'), `error summary on ${step}`).to.exist;
        await expect(el, `axe on ${step} with errors`).to.be.accessible();
      }
      await answerStep(el, step);
      await expect(el, `axe on ${step}`).to.be.accessible();
      checked.push(step);
      await click(el, 'continue-button');
    }
    // Every visible step of the longest journey was checked (grouped and reveal steps, text steps, photos).
    expect(checked).to.have.length(22);
    expect(checked).to.include.members([
      'smp-history',
      'artists',
      'tint',
      'dots-appearance',
      'change-reason',
      'concern-details',
      'hair-transplant',
      'previous-removal',
      'photos',
    ]);
    await expect(el, 'axe on review').to.be.accessible();
    await finish(el);
    expect(part(el, 'summary')!.textContent, 'the summary shows its reference').to.include(el.summary!.reference);
    await expect(el, 'axe on summary').to.be.accessible();
  });

  it('reports nothing on the intro with a draft (resume/restart) or with a discarded-draft notice', async () => {
    localStorage.setItem(
      'smp-assessment:a11y-draft',
      JSON.stringify({
        v: 1,
        savedAt: Date.now(),
        step: 'smp-history',
        answers: { 'smp-last-session': 'not-sure' },
        fromReview: false,
        completed: null,
      }),
    );
    const el = await mountLocal('a11y-draft');
    expect(part(el, 'resume-button')).to.exist;
    expect(part(el, 'restart-button')).to.exist;
    await expect(el).to.be.accessible();

    localStorage.setItem('smp-assessment:a11y-bad', '{not json');
    const bad = await mountLocal('a11y-bad');
    expect(bad.shadowRoot!.querySelector('.notice')).to.exist;
    await expect(bad).to.be.accessible();
  });
});
