// Events and the answers/summary properties: smp-step carries progress only (analytics see every event), smp-complete
// carries everything, nothing fires when code sets a property, reset() fires smp-reset; prefill and sanitising.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { en } from '../../src/locales/en.js';
import { visibleSteps } from '../../src/model/conditions.js';
import type { Answers } from '../../src/model/answers.js';
import { HIDDEN_IDS, everything, minimalComplete, withHiddenAnswers } from '../fixtures/answers.js';
import { click, currentStep, mount, part, settle } from './helpers.js';
import { checkedOnStep, stubWarn, toReview, toSummary } from './flow.js';

type Recorded = { type: string; event: CustomEvent };

function recordAll(): { events: Recorded[]; stop: () => void } {
  const events: Recorded[] = [];
  const types = ['smp-step', 'smp-complete', 'smp-reset'];
  const on = (e: Event) => events.push({ type: e.type, event: e as CustomEvent });
  for (const t of types) document.addEventListener(t, on);
  return { events, stop: () => types.forEach((t) => document.removeEventListener(t, on)) };
}

/** Every label and code chosen in `answers`, and the free texts: none of it may leave in smp-step. */
function answerContent(answers: Answers): string[] {
  const out: string[] = [];
  const choices = en.choices as Record<string, { options: Record<string, string> }>;
  for (const [id, value] of Object.entries(answers)) {
    if (!choices[id]) {
      out.push(value as string);
      continue;
    }
    for (const code of Array.isArray(value) ? value : [value]) out.push(code, choices[id]!.options[code]!);
  }
  return out;
}

describe('events', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  it('smp-step: exactly {step, index, total}, bubbling and composed to the document, never an answer', async function () {
    // A whole journey: slow on a busy 2-core machine, well under this.
    this.timeout(60_000);
    const { events, stop } = recordAll();
    try {
      const el = await mount();
      // The visible steps at the moment of each event, from the answers then.
      const stepsThen: string[][] = [];
      el.addEventListener('smp-step', () => stepsThen.push(visibleSteps(el.answers)));
      await click(el, 'start-button');
      await toSummary(everything, el);
      const steps = events.filter((r) => r.type === 'smp-step');
      const ids = visibleSteps(everything);
      expect(steps.map((r) => r.event.detail.step)).to.deep.equal(ids.slice(1));
      const content = answerContent(everything);
      for (const [i, { event }] of steps.entries()) {
        expect(event.bubbles && event.composed, 'bubbles and composed').to.be.true;
        expect(Object.keys(event.detail).sort()).to.deep.equal(['index', 'step', 'total']);
        const { step, index, total } = event.detail as { step: string; index: number; total: number };
        expect(index, `index at ${step}`).to.equal(stepsThen[i]!.indexOf(step));
        expect(total, `total at ${step}`).to.equal(stepsThen[i]!.length);
        // Nothing of the answers: no chosen code (other than a code spelled like the step id), no label, no text.
        const json = JSON.stringify(event.detail).replace(JSON.stringify(step), '""');
        for (const item of content) expect(json, `smp-step at ${step}`).not.to.include(item);
      }
      expect(events.filter((r) => r.type === 'smp-complete')).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('smp-complete: {summary, text, fhir, photos}, bubbling and composed', async () => {
    const el = await toReview(minimalComplete);
    const done = oneEvent(document, 'smp-complete');
    part(el, 'finish-button')!.click();
    const event = (await done) as CustomEvent;
    await settle(el);
    expect(event.bubbles && event.composed).to.be.true;
    expect(Object.keys(event.detail).sort()).to.deep.equal(['fhir', 'photos', 'summary', 'text']);
    expect(event.detail.summary).to.deep.equal(el.summary);
    expect(event.detail.text).to.be.a('string').and.include(el.summary!.reference);
    expect(event.detail.fhir.resourceType).to.equal('QuestionnaireResponse');
    expect(event.detail.photos).to.deep.equal([]);
  });

  it('reset() fires smp-reset with {} and clears everything', async () => {
    const el = await toSummary(minimalComplete);
    const reset = oneEvent(document, 'smp-reset');
    el.reset();
    const event = (await reset) as CustomEvent;
    await settle(el);
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail).to.deep.equal({});
    expect(el.answers).to.deep.equal({});
    expect(el.summary).to.equal(null);
    expect(currentStep(el)).to.equal('intro');
  });

  it('setting answers from code fires no event, on the intro, on a question and on the summary', async () => {
    const el = await mount();
    const { events, stop } = recordAll();
    try {
      el.answers = minimalComplete;
      await settle(el);
      stop();
      expect(events).to.deep.equal([]);
      // On a question that the new answers hide, the view moves on silently.
      const { events: onQuestion, stop: stop2 } = recordAll();
      stop2();
      await click(el, 'start-button');
      const { events: later, stop: stop3 } = recordAll();
      el.answers = { ...minimalComplete, concerns: ['helmet-look'] };
      await settle(el);
      el.answers = {};
      await settle(el);
      stop3();
      expect(onQuestion.concat(later)).to.deep.equal([]);

      const done = await toSummary(minimalComplete);
      const { events: onSummary, stop: stop4 } = recordAll();
      done.answers = { ...minimalComplete, goal: 'not-sure' };
      await settle(done);
      stop4();
      expect(onSummary).to.deep.equal([]);
      expect(done.summary, 'answers set from code invalidate the summary').to.equal(null);
    } finally {
      stop();
    }
  });
});

describe('answers and summary properties', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  it('summary is null before completion and set after', async () => {
    const el = await mount();
    expect(el.summary).to.equal(null);
    await toReview(minimalComplete, el);
    expect(el.summary).to.equal(null);
    await click(el, 'finish-button');
    for (let i = 0; i < 10 && !el.summary; i++) await settle(el);
    expect(el.summary?.schema).to.equal('smp-assessment/2');
  });

  it('prefills before the element is connected; Start shows the prefilled answers ticked', async () => {
    const el = document.createElement('smp-assessment');
    el.setAttribute('persist', 'none');
    const warn = stubWarn();
    try {
      el.answers = minimalComplete;
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.append(el);
      await settle(el);
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.deep.equal([]);
    expect(el.answers).to.deep.equal(minimalComplete);
    expect(el.summary).to.equal(null);
    await click(el, 'start-button');
    expect(currentStep(el)).to.equal('smp-history');
    expect(checkedOnStep(el)).to.deep.equal(['smp-last-session=1-3-years', 'smp-sessions=1-2']);
    // Continue alone goes through to the review: every required answer is there.
    for (let i = 0; i < 30 && currentStep(el) !== 'review'; i++) await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
  });

  it('accepts a Proxy (a framework reactive object) and reads it', async () => {
    const reads: string[] = [];
    const proxy = new Proxy(
      { ...everything },
      {
        get(target, key, receiver) {
          if (typeof key === 'string') reads.push(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const el = await mount();
    el.answers = proxy;
    await settle(el);
    expect(el.answers).to.deep.equal(everything);
    expect(reads).to.include('concerns');
    const done = await toSummary({}, el);
    expect(done.summary?.concerns).to.have.length(8);
  });

  it('drops unknown ids and codes with one console.warn', async () => {
    const el = await mount();
    const warn = stubWarn();
    try {
      el.answers = {
        ...minimalComplete,
        bogus: 'x',
        goal: 'nonsense',
        'smp-areas': ['hairline', 'nope'],
      };
      await settle(el);
    } finally {
      warn.restore();
    }
    expect(warn.calls).to.have.length(1);
    expect(String(warn.calls[0]![0])).to.include('bogus');
    const answers = el.answers;
    expect(answers).not.to.have.property('bogus');
    expect(answers).not.to.have.property('goal');
    expect(answers['smp-areas']).to.deep.equal(['hairline']);
    expect(answers['concerns']).to.deep.equal(['too-dark']);
  });

  it('drops answers to hidden questions from answers and every output', async () => {
    const warn = stubWarn();
    const el = await mount();
    try {
      el.answers = withHiddenAnswers;
      await settle(el);
    } finally {
      warn.restore();
    }
    expect(el.answers).to.deep.equal(minimalComplete);
    const complete = oneEvent(el, 'smp-complete');
    await toSummary({}, el);
    const { detail } = (await complete) as CustomEvent;
    const json = JSON.stringify(el.summary) + JSON.stringify(detail.fhir);
    for (const id of HIDDEN_IDS) expect(json, id).not.to.include(`"${id}"`);
    expect(json + detail.text).not.to.include('HIDDEN-DETAILS-TEXT');
  });

  it('answers returns a copy: changing it changes nothing inside', async () => {
    const el = await mount();
    el.answers = minimalComplete;
    const copy = el.answers;
    copy['goal'] = 'not-sure';
    (copy['smp-areas'] as string[]).push('not-a-code');
    expect(el.answers['goal']).to.equal('complete-removal');
    expect(el.answers['smp-areas']).to.deep.equal(['hairline', 'top']);
  });
});
