// The whole flow with a keyboard alone: Tab, Space, arrow keys in radio groups and
// Enter to continue, through real key presses (sendKeys), from focus on the page, without a single click.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Answers } from '../../src/model/answers.js';
import { getQuestionStep } from '../../src/model/definition.js';
import { concernJourneys } from '../fixtures/answers.js';
import { typeKeys } from './engine.js';
import { currentStep, mount, part, settle, shadow, type Widget } from './helpers.js';

const ANSWERS: Answers = {
  ...concernJourneys['other']!,
  concerns: ['blue-green-tint', 'other'],
  'smp-areas': ['hairline', 'crown'],
  'tint-colour': 'green',
  'tint-onset': 'from-start',
  'concern-details': 'Shiny in daylight',
  'skin-type': 'IV',
  notes: 'Weekends only',
};

function active(el: Widget): Element | null {
  return shadow(el).activeElement;
}

async function press(el: Widget, key: string): Promise<void> {
  // Firefox's WebDriver BiDi keyboard has no key named "Space"; the character itself works everywhere.
  await sendKeys({ press: key === 'Space' ? ' ' : key });
  await settle(el);
}

/** Presses Tab until the focused element in the shadow root matches, as a keyboard user would. */
async function tabTo(el: Widget, matches: (e: Element) => boolean, what: string): Promise<HTMLElement> {
  for (let i = 0; i < 40; i++) {
    const current = active(el);
    if (current && matches(current)) return current as HTMLElement;
    await press(el, 'Tab');
  }
  throw new Error(`Tab never reached ${what} on step ${currentStep(el)}`);
}

const isPart = (name: string) => (e: Element) => (e.getAttribute('part') ?? '').split(' ').includes(name);

async function answerRadio(el: Widget, id: string, code: string, options: readonly string[]): Promise<void> {
  const first = (await tabTo(el, (e) => e instanceof HTMLInputElement && e.name === id, id)) as HTMLInputElement;
  let at = options.indexOf(first.value);
  const target = options.indexOf(code);
  if (at === target) await press(el, 'Space');
  for (; at < target; at++) await press(el, 'ArrowDown');
  for (; at > target; at--) await press(el, 'ArrowUp');
  const input = active(el) as HTMLInputElement;
  expect(input.value, `focused radio of ${id}`).to.equal(code);
  expect(input.checked, `${id}=${code} checked by keys`).to.be.true;
}

async function answerCheckboxes(el: Widget, id: string, codes: readonly string[]): Promise<void> {
  for (const code of codes) {
    const box = (await tabTo(
      el,
      (e) => e instanceof HTMLInputElement && e.name === id && e.value === code,
      `${id}=${code}`,
    )) as HTMLInputElement;
    await press(el, 'Space');
    expect(box.checked, `${id}=${code} ticked by Space`).to.be.true;
  }
}

describe('keyboard only', () => {
  it('goes from the intro to the summary with Tab, Space, arrows and Enter, without a click', async function () {
    // A whole journey: slow on a busy 2-core machine, well under this.
    this.timeout(60_000);
    const el = await mount(html`<smp-assessment persist="none"></smp-assessment>`);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).to.equal(document.body);
    const complete = new Promise<CustomEvent>((resolve) => el.addEventListener('smp-complete', resolve as never));
    const clicks: Event[] = [];
    // A real key press on a button makes a click event with detail 0; a pointer click would have detail >= 1.
    el.shadowRoot!.addEventListener('click', (e) => (e as MouseEvent).detail > 0 && clicks.push(e), true);

    await press(el, 'Tab');
    expect(document.activeElement, 'Tab from the page enters the widget').to.equal(el);
    await tabTo(el, isPart('start-button'), 'start-button');
    await press(el, 'Enter');
    expect(currentStep(el)).to.equal('smp-history');

    const seen: string[] = [];
    for (let guard = 0; guard < 30 && currentStep(el) !== 'review'; guard++) {
      const stepId = currentStep(el);
      seen.push(stepId);
      const step = getQuestionStep(stepId)!;
      let lastInput: 'choice' | 'text' | 'none' = 'none';
      for (const question of step.questions) {
        const value = ANSWERS[question.id];
        if (value === undefined) continue;
        if (question.kind === 'single') {
          await answerRadio(el, question.id, value as string, question.options);
          lastInput = 'choice';
        } else if (question.kind === 'multiple') {
          await answerCheckboxes(el, question.id, value as string[]);
          lastInput = 'choice';
        } else if (question.kind === 'text') {
          await tabTo(el, (e) => e instanceof HTMLTextAreaElement && e.name === question.id, question.id);
          await typeKeys(value as string);
          await settle(el);
          lastInput = 'text';
        }
      }
      if (lastInput === 'choice') {
        // Enter in a radio or checkbox continues.
        await press(el, 'Enter');
      } else {
        await tabTo(el, isPart('continue-button'), 'continue-button');
        await press(el, 'Enter');
      }
      expect(currentStep(el), `left ${stepId}`).not.to.equal(stepId);
    }
    expect(seen).to.include.members(['tint', 'concern-details', 'skin-type', 'health', 'photos', 'notes']);
    expect(currentStep(el)).to.equal('review');
    await tabTo(el, isPart('finish-button'), 'finish-button');
    await press(el, 'Space');
    const event = await complete;
    await settle(el);
    expect(currentStep(el)).to.equal('summary');
    expect(el.answers).to.deep.equal(ANSWERS);
    expect(el.summary?.reference).to.be.a('string');
    expect(event.detail.summary.reference).to.equal(el.summary?.reference);
    expect(clicks, 'no pointer clicks').to.have.length(0);
  });

  it('inside a form, Enter on a radio or checkbox continues and never submits the form', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><smp-assessment name="a" persist="none"></smp-assessment><button>Send</button></form>`,
    );
    const el = form.querySelector('smp-assessment') as Widget;
    let submits = 0;
    form.addEventListener('submit', (e) => {
      submits++;
      e.preventDefault();
    });
    await settle(el);
    part(el, 'start-button')!.focus();
    await press(el, 'Enter');
    await press(el, 'Tab');
    await press(el, 'Space');
    // The first step holds two questions: Tab moves from one radio group to the next.
    await press(el, 'Tab');
    await press(el, 'Space');
    await press(el, 'Enter');
    expect(currentStep(el)).to.equal('artists');
    expect(el.answers).to.deep.equal({ 'smp-last-session': 'under-6-months', 'smp-sessions': '1-2' });
    // An unanswered step: Enter shows the errors instead of moving on, and submits nothing either.
    await press(el, 'Tab');
    await press(el, 'Enter');
    expect(currentStep(el)).to.equal('artists');
    expect(part(el, 'error-summary')).to.exist;
    expect(submits).to.equal(0);
  });
});
