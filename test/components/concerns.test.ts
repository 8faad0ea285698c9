// One journey per concern: the right follow-ups appear and the summary carries their
// details; a concern changed on the review visits the new follow-up and drops the old one from every output.
import { expect, oneEvent } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import type { Answers } from '../../src/model/answers.js';
import type { SmpCompleteDetail } from '../../src/events.js';
import { concernJourneys } from '../fixtures/answers.js';
import { choose, click, currentStep, mount, shadow, type Widget } from './helpers.js';
import { finish, renderedQuestions, stepText, toReview, toSummary } from './flow.js';

const FOLLOW_UP_STEPS = [
  'hairline-problem',
  'helmet-extent',
  'tint',
  'dots-appearance',
  'change-reason',
  'concern-details',
];

/** Follow-up steps each concern opens, and the details its summary entry carries (question -> codes). */
const EXPECTED: Record<string, { steps: string[]; details: Record<string, string[]> }> = {
  'hairline-placement': { steps: ['hairline-problem'], details: { 'hairline-problem': ['too-low'] } },
  'helmet-look': { steps: ['helmet-extent'], details: { 'helmet-extent': ['some-areas'] } },
  'blue-green-tint': { steps: ['tint'], details: { 'tint-colour': ['blue'], 'tint-onset': ['over-time'] } },
  'bleeding-dots': { steps: ['dots-appearance'], details: { 'dots-appearance': ['too-large', 'merging'] } },
  'too-dark': { steps: [], details: {} },
  'change-of-mind': { steps: ['change-reason'], details: { 'change-reason': ['not-as-expected', 'oversold'] } },
  'new-style': { steps: ['change-reason'], details: { 'change-reason': ['growing-hair'] } },
  other: { steps: ['concern-details'], details: {} },
};

function recordSteps(el: Widget): string[] {
  const steps: string[] = [];
  el.addEventListener('smp-step', (e) => steps.push(e.detail.step));
  return steps;
}

function optionLabel(question: string, code: string): string {
  return (en.choices as Record<string, { options: Record<string, string> }>)[question]!.options[code]!;
}

describe('concern journeys', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  for (const [concern, answers] of Object.entries(concernJourneys)) {
    it(`${concern}: shows its follow-ups and the summary carries their details`, async () => {
      const expected = EXPECTED[concern]!;
      const el = await mount();
      const steps = recordSteps(el);
      await click(el, 'start-button');
      const followUpsOnScreen: Record<string, string[]> = {};
      const record = () => {
        if (FOLLOW_UP_STEPS.includes(currentStep(el))) followUpsOnScreen[currentStep(el)] = renderedQuestions(el);
      };
      el.addEventListener('smp-step', record);
      const done = oneEvent(el, 'smp-complete');
      await toSummary(answers, el);
      const detail: SmpCompleteDetail = (await done).detail;

      expect(
        steps.filter((s) => FOLLOW_UP_STEPS.includes(s)),
        'follow-up steps visited',
      ).to.deep.equal(expected.steps);
      if (concern === 'blue-green-tint') {
        expect(followUpsOnScreen['tint'], 'one grouped step').to.deep.equal(['tint-colour', 'tint-onset']);
      }

      const summary = el.summary!;
      expect(detail.summary).to.deep.equal(summary);
      expect(summary.concerns.map((c) => c.code)).to.deep.equal([concern]);
      const details = Object.fromEntries(summary.concerns[0]!.details.map((d) => [d.question, d.codes]));
      expect(details).to.deep.equal(expected.details);
      for (const d of summary.concerns[0]!.details) {
        expect(d.labels).to.deep.equal(d.codes.map((code) => optionLabel(d.question, code)));
        for (const label of d.labels) expect(detail.text, `text has ${label}`).to.include(label);
      }
      // Only the chosen concern's follow-ups exist anywhere.
      const others = FOLLOW_UP_STEPS.filter((s) => !expected.steps.includes(s)).flatMap((s) =>
        s === 'tint' ? ['tint-colour', 'tint-onset'] : [s],
      );
      for (const id of others) {
        expect(el.answers, id).not.to.have.property(id);
        expect(summary.answers.map((a) => a.id)).not.to.include(id);
        expect(JSON.stringify(detail.fhir)).not.to.include(`"${id}"`);
      }
      if (concern === 'other') {
        const free = summary.answers.find((a) => a.id === 'concern-details');
        expect(free?.text).to.equal(answers['concern-details']);
        expect(detail.text).to.include(answers['concern-details'] as string);
      }
    });
  }

  it('a concern changed on the review visits the new follow-up, returns to the review and drops the old one', async () => {
    const answers: Answers = {
      ...concernJourneys['hairline-placement']!,
      concerns: ['hairline-placement', 'too-dark'],
      'hairline-problem': ['uneven'],
    };
    const el = await toReview(answers);
    expect(el.answers['hairline-problem']).to.deep.equal(['uneven']);
    const changeConcerns = shadow(el).querySelector<HTMLButtonElement>(
      '[part="change-button"][data-question="concerns"]',
    );
    changeConcerns!.click();
    await el.updateComplete;
    expect(currentStep(el)).to.equal('concerns');
    await choose(el, 'concerns', 'bleeding-dots');
    (shadow(el).querySelector('input[name="concerns"][value="hairline-placement"]') as HTMLInputElement).click();
    await el.updateComplete;
    await click(el, 'continue-button');
    expect(currentStep(el), 'the newly shown, unanswered follow-up').to.equal('dots-appearance');
    await choose(el, 'dots-appearance', 'blurry');
    await click(el, 'continue-button');
    expect(currentStep(el), 'back to the review').to.equal('review');

    const problem = en.choices['hairline-problem'];
    expect(el.answers).not.to.have.property('hairline-problem');
    expect(stepText(el)).not.to.include(problem.label);
    const done = oneEvent(el, 'smp-complete');
    await finish(el);
    const detail: SmpCompleteDetail = (await done).detail;
    expect(detail.summary.concerns.map((c) => c.code)).to.deep.equal(['bleeding-dots', 'too-dark']);
    expect(detail.summary.answers.map((a) => a.id)).not.to.include('hairline-problem');
    expect(JSON.stringify(detail.summary)).not.to.include('hairline-problem');
    expect(detail.text).not.to.include(problem.label);
    expect(detail.text).not.to.include(problem.options.uneven);
    expect(detail.text).to.include(en.choices['dots-appearance'].options.blurry);
    expect(JSON.stringify(detail.fhir)).not.to.include('"hairline-problem"');
    expect(JSON.stringify(detail.fhir)).to.include('"dots-appearance"');
  });

  it('a Change that shows no new question returns straight to the review', async () => {
    const el = await toReview(concernJourneys['too-dark']!);
    shadow(el).querySelector<HTMLButtonElement>('[part="change-button"][data-question="goal"]')!.click();
    await el.updateComplete;
    expect(currentStep(el)).to.equal('goal');
    await choose(el, 'goal', 'partial-removal');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    expect(el.answers['goal']).to.equal('partial-removal');
    expect(stepText(el), 'the review shows the new goal').to.include(en.choices.goal.options['partial-removal']);
  });
});
