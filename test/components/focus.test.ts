// Focus management, so a screen reader follows each step: the new step's heading after every step change
// the patient caused, the error summary on Continue with errors, error links to the first input, no focus
// loss on Back, and nothing moves focus (or fires smp-step) on page load.
import { expect, fixture, html } from '@open-wc/testing';
import { getQuestionStep } from '../../src/model/definition.js';
import { everything, minimalComplete } from '../fixtures/answers.js';
import { choose, clearStorage, click, currentStep, mount, part, settle, shadow, type, type Widget } from './helpers.js';
import { answerUntil, mountLocal } from './flow.js';

function expectHeadingFocused(el: Widget, after: string): void {
  const heading = part(el, 'heading');
  expect(heading, `heading on ${currentStep(el)}`).to.exist;
  expect(document.activeElement, `${after}: focus stays in the widget`).to.equal(el);
  expect(shadow(el).activeElement, `${after}: focus on the heading of ${currentStep(el)}`).to.equal(heading);
}

async function answerStep(el: Widget, stepId: string): Promise<void> {
  for (const question of getQuestionStep(stepId)?.questions ?? []) {
    const value = everything[question.id];
    if (value === undefined) continue;
    if (question.kind === 'text') await type(el, question.id, value as string);
    else await choose(el, question.id, value);
  }
}

describe('focus', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  afterEach(clearStorage);

  it('loading the page moves no focus and fires no smp-step; the first smp-step follows Start', async () => {
    const steps: string[] = [];
    const onStep = (e: Event) => steps.push((e as CustomEvent).detail.step);
    document.addEventListener('smp-step', onStep);
    try {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <input aria-label="search" id="page-input" />
          <smp-assessment persist="none"></smp-assessment>
        </div>`,
      );
      const input = page.querySelector('input')!;
      input.focus();
      const el = page.querySelector('smp-assessment') as Widget;
      // A second widget added later, with a draft to resume, must not steal focus either.
      localStorage.setItem(
        'smp-assessment:focus-late',
        JSON.stringify({ v: 1, savedAt: Date.now(), step: 'goal', answers: minimalComplete, fromReview: false }),
      );
      const late = await mountLocal('focus-late');
      await settle(el);
      expect(part(late, 'resume-button')).to.exist;
      expect(document.activeElement).to.equal(input);
      expect(steps).to.deep.equal([]);
      await click(el, 'start-button');
      expect(steps).to.deep.equal(['smp-history']);
      expectHeadingFocused(el, 'Start');
    } finally {
      document.removeEventListener('smp-step', onStep);
    }
  });

  it('after every step change of the longest journey, Back included, the heading has focus', async function () {
    // A whole journey: slow on a busy 2-core machine, well under this.
    this.timeout(60_000);
    const el = await mount();
    await click(el, 'start-button');
    expectHeadingFocused(el, 'Start');
    for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
      const step = currentStep(el);
      await answerStep(el, step);
      await click(el, 'continue-button');
      expectHeadingFocused(el, `Continue from ${step}`);
      if (guard % 4 === 1 && currentStep(el) !== 'review') {
        const here = currentStep(el);
        await click(el, 'back-button');
        expect(currentStep(el)).to.equal(step);
        expectHeadingFocused(el, `Back from ${here}`);
        await click(el, 'continue-button');
        expectHeadingFocused(el, `Continue again from ${step}`);
      }
    }
    expect(currentStep(el)).to.equal('review');
    // A Change on the review, Continue back to the review, Back from the review.
    shadow(el).querySelector<HTMLButtonElement>('[part="change-button"][data-question="notes"]')!.click();
    await settle(el);
    expect(currentStep(el)).to.equal('notes');
    expectHeadingFocused(el, 'Change');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    expect(shadow(el).activeElement, 'Continue after a Change: the Change button of that answer').to.equal(
      shadow(el).querySelector('[part="change-button"][data-question="notes"]'),
    );
    await click(el, 'back-button');
    expectHeadingFocused(el, 'Back from the review');
    await click(el, 'continue-button');
    await click(el, 'finish-button');
    for (let i = 0; i < 10 && currentStep(el) !== 'summary'; i++) await settle(el);
    expect(currentStep(el)).to.equal('summary');
    expectHeadingFocused(el, 'Finish');
  });

  it('Back from the first question lands on the intro heading, not on the body', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await click(el, 'back-button');
    expect(currentStep(el)).to.equal('intro');
    expectHeadingFocused(el, 'Back to the intro');
  });

  it('Resume and Start again put focus on the heading', async () => {
    localStorage.setItem(
      'smp-assessment:focus-resume',
      JSON.stringify({ v: 1, savedAt: Date.now(), step: 'goal', answers: minimalComplete, fromReview: false }),
    );
    const el = await mountLocal('focus-resume');
    await click(el, 'resume-button');
    expect(currentStep(el)).to.equal('goal');
    expectHeadingFocused(el, 'Resume');
    el.remove();
    const again = await mountLocal('focus-resume');
    await click(again, 'restart-button');
    expect(currentStep(again)).to.equal('smp-history');
    expectHeadingFocused(again, 'Start again');
  });

  it('Continue with errors focuses the error summary; each link focuses the first input of its question', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, { ...everything, 'concern-details': '' }, 'tint');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('tint');
    const summary = part(el, 'error-summary')!;
    expect(summary).to.exist;
    expect(shadow(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll<HTMLElement>('a, button')];
    expect(links).to.have.length(2);
    links[1]!.click();
    await settle(el);
    const onset = shadow(el).activeElement as HTMLInputElement;
    expect(onset.name).to.equal('tint-onset');
    expect(onset.value).to.equal('from-start');
    links[0]!.click();
    await settle(el);
    expect((shadow(el).activeElement as HTMLInputElement).name).to.equal('tint-colour');
    // Inline messages are tied to each fieldset by aria-describedby.
    for (const id of ['tint-colour', 'tint-onset']) {
      const fieldset = shadow(el).querySelector(`input[name="${id}"]`)!.closest('fieldset')!;
      const described = (fieldset.getAttribute('aria-describedby') ?? '').split(' ');
      const error = shadow(el).querySelector(`#${id}-error`);
      expect(error, `inline error of ${id}`).to.exist;
      expect(described).to.include(error!.id);
    }

    // A text question: the link focuses the textarea.
    await answerStep(el, 'tint');
    await click(el, 'continue-button');
    await answerUntil(el, { ...everything, 'concern-details': '' }, 'concern-details');
    await click(el, 'continue-button');
    expect(shadow(el).activeElement).to.equal(part(el, 'error-summary'));
    part(el, 'error-summary')!.querySelector<HTMLElement>('a, button')!.click();
    await settle(el);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('textarea[name="concern-details"]'));
  });

  it('an error link on a several-answer question focuses its first checkbox', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'smp-areas');
    await click(el, 'continue-button');
    part(el, 'error-summary')!.querySelector<HTMLElement>('a, button')!.click();
    await settle(el);
    const first = shadow(el).activeElement as HTMLInputElement;
    expect([first.name, first.value, first.type]).to.deep.equal(['smp-areas', 'hairline', 'checkbox']);
  });
});
