// Shown = stored (what the patient sees is what the clinic gets): on every step, however it is reached, the checked
// inputs and the text in the fields are exactly `el.answers`. `click` and `waitForStep` (helpers.ts) check this after
// every step change; here the journeys that used to break it, and random sequences of what a patient and a host page
// can do.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { pruneAnswers } from '../../src/model/conditions.js';
import { sanitizeAnswers, type Answers } from '../../src/model/answers.js';
import { concernJourneys, everything } from '../fixtures/answers.js';
import {
  clearStorage,
  click,
  currentStep,
  expectScreenMatchesAnswers,
  part,
  settle,
  shadow,
  type Widget,
} from './helpers.js';

/** The names of the choice questions and text fields on the current step, in screen order. */
function fieldsOnStep(el: Widget): { choices: string[]; texts: string[] } {
  const root = shadow(el);
  const choices = [
    ...new Set(
      [...root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].map((i) => i.name),
    ),
  ];
  const texts = [...root.querySelectorAll<HTMLTextAreaElement>('textarea')].map((t) => t.name);
  return { choices, texts };
}

function inputsOf(el: Widget, name: string): HTMLInputElement[] {
  return [...shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
}

/** Clicks the option at `pick` (wrapping) of every choice question on the step, and types into every field. */
async function answerStep(el: Widget, pick: number, text = 'Shiny in bright light'): Promise<void> {
  const { choices, texts } = fieldsOnStep(el);
  for (const name of choices) {
    const inputs = inputsOf(el, name);
    const input = inputs.at(pick % inputs.length)!;
    input.click();
    await settle(el);
  }
  for (const name of texts) {
    const area = shadow(el).querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`)!;
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
  }
}

/** Continue until the review, answering each step with its last option. */
async function continueToReview(el: Widget): Promise<void> {
  for (let guard = 0; guard < 40 && currentStep(el) !== 'review'; guard++) {
    const step = currentStep(el);
    await click(el, 'continue-button');
    if (currentStep(el) === step) {
      await answerStep(el, -1);
      await click(el, 'continue-button');
    }
  }
}

describe('shown = stored', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('keeps a late answer checked after Back and Continue over a step answered with its first option', async () => {
    const el = await fixture<Widget>(html`<smp-assessment persist="none"></smp-assessment>`);
    await click(el, 'start-button');
    const first = currentStep(el);
    // A late option for every question of the first step, then the first option on the next one.
    await answerStep(el, 2);
    await click(el, 'continue-button');
    await answerStep(el, 0);
    const second = el.answers;
    await click(el, 'back-button');
    expect(currentStep(el)).to.equal(first);
    await click(el, 'continue-button');
    // The invariant in `click` fails first if the screen lost the answer; this says which answer it was.
    expect(el.answers).to.deep.equal(second);
    expect(fieldsOnStep(el).choices.every((n) => inputsOf(el, n).some((i) => i.checked))).to.equal(true);
  });

  it('shows prefilled answers on every step, forward and back', async () => {
    const el = await fixture<Widget>(html`<smp-assessment persist="none"></smp-assessment>`);
    el.answers = everything;
    await settle(el);
    await click(el, 'start-button');
    const visited: string[] = [];
    while (currentStep(el) !== 'review') {
      visited.push(currentStep(el));
      await click(el, 'continue-button');
    }
    for (let i = visited.length - 1; i >= 0; i--) {
      await click(el, 'back-button');
      expect(currentStep(el)).to.equal(visited[i]);
    }
    expect(el.answers).to.deep.equal(pruneAnswers(sanitizeAnswers(everything).answers));
  });

  it('shows the stored answers after Resume, on a step reached by Back from a Change', async () => {
    const el = await fixture<Widget>(html`<smp-assessment storage-key="shown-resume"></smp-assessment>`);
    el.answers = concernJourneys['blue-green-tint']!;
    await click(el, 'start-button');
    await continueToReview(el);
    const before = el.answers;
    el.remove();
    const again = await fixture<Widget>(html`<smp-assessment storage-key="shown-resume"></smp-assessment>`);
    await settle(again);
    await click(again, 'resume-button');
    expect(currentStep(again)).to.equal('review');
    const changes = shadow(again).querySelectorAll<HTMLElement>('[part~="change-button"]');
    changes[2]!.click();
    await settle(again);
    expectScreenMatchesAnswers(again);
    await click(again, 'continue-button');
    expect(currentStep(again)).to.equal('review');
    await click(again, 'back-button');
    await click(again, 'back-button');
    await click(again, 'continue-button');
    expect(again.answers).to.deep.equal(before);
  });

  it('holds for random sequences of answer, Continue, Back, Change, reload and prefill', async function () {
    this.timeout(120_000);
    type Action =
      | { kind: 'answer'; pick: number }
      | { kind: 'continue' }
      | { kind: 'back' }
      | { kind: 'change'; pick: number }
      | { kind: 'reload' }
      | { kind: 'prefill'; set: string };
    const prefills: Record<string, Answers> = { everything, ...concernJourneys };
    const action: fc.Arbitrary<Action> = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('answer' as const), pick: fc.nat(12) }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('continue' as const) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('back' as const) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('change' as const), pick: fc.nat(30) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('reload' as const) }) },
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('prefill' as const), set: fc.constantFrom(...Object.keys(prefills)) }),
      },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 25 }), async (actions) => {
        const key = `shown-prop-${run++}`;
        const mountWidget = async () => {
          const w = await fixture<Widget>(html`<smp-assessment storage-key=${key}></smp-assessment>`);
          await settle(w);
          return w;
        };
        let el = await mountWidget();
        await click(el, 'start-button');
        try {
          for (const a of actions) {
            const step = currentStep(el);
            if (a.kind === 'answer') {
              if (step === 'review' || step === 'summary') continue;
              await answerStep(el, a.pick);
              expectScreenMatchesAnswers(el);
            } else if (a.kind === 'continue') {
              if (part(el, 'continue-button')) await click(el, 'continue-button');
            } else if (a.kind === 'back') {
              if (part(el, 'back-button')) await click(el, 'back-button');
            } else if (a.kind === 'change') {
              const buttons = shadow(el).querySelectorAll<HTMLElement>('[part~="change-button"]');
              if (step !== 'review' || !buttons.length) continue;
              buttons[a.pick % buttons.length]!.click();
              await settle(el);
              expectScreenMatchesAnswers(el);
            } else if (a.kind === 'reload') {
              const before = el.answers;
              el.remove();
              el = await mountWidget();
              if (part(el, 'resume-button')) await click(el, 'resume-button');
              else await click(el, 'start-button');
              // Nothing the patient answered is lost across a reload.
              expect(el.answers).to.deep.equal(before);
            } else {
              el.answers = prefills[a.set]!;
              await settle(el);
              expectScreenMatchesAnswers(el);
              expect(el.answers).to.deep.equal(pruneAnswers(sanitizeAnswers(prefills[a.set]).answers));
            }
          }
        } finally {
          el.reset();
          el.remove();
        }
      }),
      { numRuns: 25, seed: 20261206 },
    );
  });
});
