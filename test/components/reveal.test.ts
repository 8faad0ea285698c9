// Follow-ups revealed in place (GOV.UK's conditional reveal): under the answer that
// opens them, announced when they appear, dropped when the answer changes; the step keeps the parent's id.
// Grouped steps show every question they hold. Driven by real clicks and keys, as a patient would.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { answerUntil } from './flow.js';
import { choose, click, currentStep, mount, part, settle, shadow, type Widget } from './helpers.js';
import { en } from '../../src/locales/en.js';
import { minimalComplete } from '../fixtures/answers.js';

/** The ids of the questions inside the revealed block under `parent=code`, or null when there is none. */
function revealedUnder(el: Widget, parent: string, code: string): string[] | null {
  const block = shadow(el).querySelector(`#${parent}--${code}-reveal`);
  if (!block) return null;
  return [...new Set([...block.querySelectorAll<HTMLInputElement>('input[name]')].map((i) => i.name))];
}

function liveText(el: Widget): string {
  return [...shadow(el).querySelectorAll('[part="step"] [aria-live="polite"]')]
    .map((n) => n.textContent?.trim() ?? '')
    .join(' ');
}

async function toStep(step: string): Promise<Widget> {
  const el = await mount();
  const steps: string[] = [];
  el.addEventListener('smp-step', (e) => steps.push(e.detail.step));
  await click(el, 'start-button');
  await answerUntil(el, minimalComplete, step);
  expect(currentStep(el)).to.equal(step);
  expect(steps.at(-1)).to.equal(step);
  return el;
}

describe('follow-ups revealed in place', function () {
  this.timeout(30_000);

  it('hair-transplant: "had" reveals when, indented under it and announced; "planning" swaps it and drops the answer', async () => {
    const el = await toStep('hair-transplant');
    expect(revealedUnder(el, 'hair-transplant', 'had')).to.equal(null);
    expect(shadow(el).querySelector('input[name="transplant-when"]')).to.equal(null);

    await choose(el, 'hair-transplant', 'had');
    await settle(el);
    expect(revealedUnder(el, 'hair-transplant', 'had')).to.deep.equal(['transplant-when']);
    // The revealed block sits right after the option that opens it, and is indented.
    const had = shadow(el).querySelector('#hair-transplant--had')!.closest('.option')!;
    const block = shadow(el).querySelector<HTMLElement>('#hair-transplant--had-reveal')!;
    expect(had.nextElementSibling).to.equal(block);
    const indent = parseFloat(getComputedStyle(block).marginInlineStart);
    expect(indent, 'indented').to.be.greaterThan(10);
    expect(liveText(el)).to.contain(en.choices['transplant-when'].label);
    expect(currentStep(el), 'the step keeps the parent id').to.equal('hair-transplant');

    await choose(el, 'transplant-when', 'under-12-months');
    expect(el.answers['transplant-when']).to.equal('under-12-months');

    await choose(el, 'hair-transplant', 'planning');
    await settle(el);
    expect(revealedUnder(el, 'hair-transplant', 'had')).to.equal(null);
    expect(revealedUnder(el, 'hair-transplant', 'planning')).to.deep.equal(['transplant-plan']);
    expect(el.answers).not.to.have.property('transplant-when');
    expect(liveText(el)).to.contain(en.choices['transplant-plan'].label);

    await choose(el, 'hair-transplant', 'no');
    await settle(el);
    expect(shadow(el).querySelector('.conditional')).to.equal(null);
    expect(liveText(el)).to.equal('');
  });

  it('a revealed question is required: Continue shows its error on the same step, then moves on once answered', async () => {
    const el = await toStep('hair-transplant');
    await choose(el, 'hair-transplant', 'planning');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('hair-transplant');
    expect(part(el, 'error-summary')!.textContent).to.contain(en.errors.required['transplant-plan']);
    const input = shadow(el).querySelector<HTMLInputElement>('input[name="transplant-plan"]')!;
    expect(input.closest('.question')!.classList.contains('question--error')).to.equal(true);
    await choose(el, 'transplant-plan', 'later');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('skin-type');
    expect(el.answers['transplant-plan']).to.equal('later');
  });

  it('previous-removal: any answer but "none" reveals sessions and the last one, by keyboard too', async () => {
    const el = await toStep('previous-removal');
    const none = shadow(el).querySelector<HTMLInputElement>('input[name="previous-removal"][value="none"]')!;
    none.focus();
    await sendKeys({ press: ' ' });
    await settle(el);
    expect(el.answers['previous-removal']).to.equal('none');
    expect(shadow(el).querySelector('.conditional')).to.equal(null);
    // Arrow down moves to (and chooses) the laser option: its follow-ups appear under it.
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(el.answers['previous-removal']).to.equal('laser');
    expect(revealedUnder(el, 'previous-removal', 'laser')).to.deep.equal([
      'previous-removal-sessions',
      'previous-removal-last',
    ]);
    expect(liveText(el)).to.contain(en.choices['previous-removal-last'].label);
    await choose(el, 'previous-removal-sessions', '1-2');
    await choose(el, 'previous-removal-last', 'under-6-weeks');
    await choose(el, 'previous-removal', 'both');
    await settle(el);
    expect(revealedUnder(el, 'previous-removal', 'laser')).to.equal(null);
    expect(revealedUnder(el, 'previous-removal', 'both')).to.deep.equal([
      'previous-removal-sessions',
      'previous-removal-last',
    ]);
    // Both follow-ups are open under either answer, so their answers stay, and stay ticked.
    expect(el.answers['previous-removal-sessions']).to.equal('1-2');
    expect(shadow(el).querySelector<HTMLInputElement>('#previous-removal-sessions--1-2')!.checked).to.equal(true);
    await choose(el, 'previous-removal', 'none');
    await settle(el);
    expect(el.answers).not.to.have.property('previous-removal-sessions');
    expect(el.answers).not.to.have.property('previous-removal-last');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('photos');
  });

  it('is axe-clean with a follow-up revealed', async () => {
    const el = await toStep('previous-removal');
    await choose(el, 'previous-removal', 'non-laser');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

describe('grouped steps', function () {
  this.timeout(30_000);

  it('smp-history and artists show both their questions under one heading', async () => {
    const el = await mount();
    await click(el, 'start-button');
    expect(currentStep(el)).to.equal('smp-history');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(en.groups['smp-history'].heading);
    const names = () => [...new Set([...shadow(el).querySelectorAll<HTMLInputElement>('[name]')].map((i) => i.name))];
    expect(names()).to.deep.equal(['smp-last-session', 'smp-sessions']);
    await choose(el, 'smp-last-session', '1-3-years');
    await choose(el, 'smp-sessions', '3-4');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('artists');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal(en.groups.artists.heading);
    expect(names()).to.deep.equal(['smp-practitioners', 'ink-details']);
    // ink-details is optional: the step moves on without it.
    await choose(el, 'smp-practitioners', 'one');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('smp-areas');
    expect(el.answers).not.to.have.property('ink-details');
  });

  it('artists: ink-details keeps at most 200 characters', async () => {
    const el = await mount();
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'artists');
    const area = shadow(el).querySelector<HTMLTextAreaElement>('textarea[name="ink-details"]')!;
    area.focus();
    await sendKeys({ type: 'Studio Nord' });
    await settle(el);
    expect(el.answers['ink-details']).to.equal('Studio Nord');
    area.value = 'x'.repeat(201);
    area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await choose(el, 'smp-practitioners', 'one');
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('artists');
    expect(part(el, 'error-summary')!.textContent).to.contain('200');
  });
});
