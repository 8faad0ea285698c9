// Draft persistence (no data lost): resume after re-creating the element at
// several steps, restart, corrupt/outdated/expired drafts, persist="none", independent widgets.
import { expect, fixture, html } from '@open-wc/testing';
import type { Answers } from '../../src/model/answers.js';
import { concernJourneys, everything, minimalComplete } from '../fixtures/answers.js';
import {
  afterQueuedTasks,
  choose,
  clearStorage,
  click,
  currentStep,
  part,
  settle,
  shadow,
  type Widget,
} from './helpers.js';
import { answerUntil, checkedOnStep, mountLocal, toReview, toSummary } from './flow.js';

const DAY = 24 * 60 * 60 * 1000;

/** Removes the element, as a reload or closed tab would, and mounts a fresh one with the same key. */
async function reload(el: Widget, key: string): Promise<Widget> {
  el.remove();
  return mountLocal(key);
}

async function resume(el: Widget): Promise<void> {
  expect(part(el, 'resume-button'), 'resume-button on the intro').to.exist;
  expect(part(el, 'restart-button'), 'restart-button on the intro').to.exist;
  expect(part(el, 'start-button'), 'no start-button beside resume').to.equal(null);
  await click(el, 'resume-button');
}

function storedDraft(key: string): { answers: Answers; step: string } | null {
  const raw = localStorage.getItem(`smp-assessment:${key}`);
  return raw === null ? null : (JSON.parse(raw) as { answers: Answers; step: string });
}

function smpKeys(store: Storage): string[] {
  return Object.keys(store).filter((k) => k.startsWith('smp-assessment'));
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

describe('drafts', function () {
  // Whole journeys per test: slow only on a busy 2-core machine.
  this.timeout(30_000);
  beforeEach(clearStorage);
  afterEach(clearStorage);

  // First, so that no persist="local" widget of an earlier test can still be opening the photo database.
  it('persist="none" writes nothing to localStorage, sessionStorage, IndexedDB or cookies', async () => {
    await deleteDatabase('smp-assessment');
    const before = {
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: await databaseNames(),
    };
    expect(before.databases).not.to.include('smp-assessment');
    const el = await fixture<Widget>(html`<smp-assessment persist="none" name="a" id="b"></smp-assessment>`);
    await toSummary(everything, el);
    expect(el.summary).not.to.equal(null);
    await afterQueuedTasks(el);
    expect(localStorage.length, 'localStorage').to.equal(before.local);
    expect(sessionStorage.length, 'sessionStorage').to.equal(before.session);
    expect(document.cookie).to.equal(before.cookie);
    expect(await databaseNames(), 'IndexedDB').to.deep.equal(before.databases);
    el.remove();
    const again = await fixture<Widget>(html`<smp-assessment persist="none" name="a" id="b"></smp-assessment>`);
    expect(part(again, 'start-button'), 'nothing to resume').to.exist;
  });

  it('persist="local" (the default) saves under smp-assessment:<storage-key> after every answer', async () => {
    const el = await mountLocal('k-save');
    await click(el, 'start-button');
    await choose(el, 'smp-last-session', 'over-5-years');
    expect(storedDraft('k-save')?.answers).to.deep.equal({ 'smp-last-session': 'over-5-years' });
    expect(smpKeys(localStorage)).to.deep.equal(['smp-assessment:k-save']);
  });

  it('resumes on a question step with every answer', async () => {
    const answers = concernJourneys['bleeding-dots']!;
    let el = await mountLocal('k-question');
    await click(el, 'start-button');
    await answerUntil(el, answers, 'smp-original-reason');
    el = await reload(el, 'k-question');
    const steps: unknown[] = [];
    el.addEventListener('smp-step', (e) => steps.push(e.detail));
    await resume(el);
    expect(currentStep(el)).to.equal('smp-original-reason');
    expect(steps, 'Resume fires one smp-step').to.deep.equal([{ step: 'smp-original-reason', index: 4, total: 19 }]);
    expect(el.answers).to.deep.equal({
      'smp-last-session': '1-3-years',
      'smp-sessions': '1-2',
      'smp-practitioners': 'one',
      'smp-areas': ['hairline', 'top'],
    });
    // And the flow goes on from there to the end with nothing lost.
    await toSummary(answers, el);
    expect(el.answers).to.deep.equal(answers);
  });

  it('resumes on a follow-up with the answer ticked on screen', async () => {
    const answers = concernJourneys['bleeding-dots']!;
    let el = await mountLocal('k-follow-up');
    await click(el, 'start-button');
    await answerUntil(el, answers, 'dots-appearance');
    await choose(el, 'dots-appearance', ['merging', 'blurry']);
    el = await reload(el, 'k-follow-up');
    await resume(el);
    expect(currentStep(el)).to.equal('dots-appearance');
    expect(checkedOnStep(el)).to.deep.equal(['dots-appearance=merging', 'dots-appearance=blurry']);
    expect(el.answers['concerns']).to.deep.equal(['bleeding-dots']);
    expect(el.answers['dots-appearance']).to.deep.equal(['merging', 'blurry']);
  });

  it('resumes on the review with every answer', async () => {
    let el = await mountLocal('k-review');
    await click(el, 'start-button');
    await toReview(everything, el);
    el = await reload(el, 'k-review');
    await resume(el);
    expect(currentStep(el)).to.equal('review');
    expect(el.answers).to.deep.equal(everything);
    // One row per visible question, answered or not (ink-details, photos, notes), under its short label.
    expect(shadow(el).querySelectorAll('[part="change-button"]').length).to.equal(28);
  });

  it('a reload on the summary still shows the summary with the same reference and time, without a new smp-complete', async () => {
    let el = await mountLocal('k-summary');
    await click(el, 'start-button');
    await toSummary(minimalComplete, el);
    const { reference, completedAt } = el.summary!;
    el = await reload(el, 'k-summary');
    let completes = 0;
    el.addEventListener('smp-complete', () => completes++);
    await resume(el);
    for (let i = 0; i < 10 && currentStep(el) !== 'summary'; i++) await settle(el);
    expect(currentStep(el)).to.equal('summary');
    expect(el.summary?.reference).to.equal(reference);
    expect(el.summary?.completedAt).to.equal(completedAt);
    expect(shadow(el).querySelector('.reference')?.textContent).to.equal(reference);
    expect(completes).to.equal(0);
  });

  it('a reload in the middle of a Change resumes there, and Continue still returns to the review', async () => {
    let el = await mountLocal('k-change');
    await click(el, 'start-button');
    await toReview(minimalComplete, el);
    shadow(el).querySelector<HTMLButtonElement>('[part="change-button"][data-question="goal"]')!.click();
    await settle(el);
    await choose(el, 'goal', 'not-sure');
    el = await reload(el, 'k-change');
    await resume(el);
    expect(currentStep(el)).to.equal('goal');
    expect(checkedOnStep(el)).to.deep.equal(['goal=not-sure']);
    await click(el, 'continue-button');
    expect(currentStep(el)).to.equal('review');
    expect(el.answers).to.deep.equal({ ...minimalComplete, goal: 'not-sure' });
  });

  it('inside a form, a reload on the summary restores the form value', async () => {
    const markup = '<form><smp-assessment name="a" required storage-key="k-form-summary"></smp-assessment></form>';
    let form = await fixture<HTMLFormElement>(markup);
    await toSummary(minimalComplete, form.querySelector('smp-assessment') as Widget);
    const text = new FormData(form).get('a');
    form.remove();
    form = await fixture<HTMLFormElement>(markup);
    const el = form.querySelector('smp-assessment') as Widget;
    await settle(el);
    expect(form.checkValidity(), 'incomplete until resumed').to.be.false;
    await resume(el);
    for (let i = 0; i < 10 && currentStep(el) !== 'summary'; i++) await settle(el);
    expect(form.checkValidity()).to.be.true;
    expect(new FormData(form).get('a')).to.equal(text);
  });

  it('reset() clears a completed draft; without it the draft stays for a reload', async () => {
    const el = await mountLocal('k-reset');
    await click(el, 'start-button');
    await toSummary(minimalComplete, el);
    expect(storedDraft('k-reset')).not.to.equal(null);
    el.reset();
    expect(storedDraft('k-reset')).to.equal(null);
  });

  it('restart-button discards the draft and the answers and shows the first question', async () => {
    let el = await mountLocal('k-restart');
    await click(el, 'start-button');
    await answerUntil(el, minimalComplete, 'concerns');
    el = await reload(el, 'k-restart');
    await click(el, 'restart-button');
    expect(currentStep(el)).to.equal('smp-history');
    expect(el.answers).to.deep.equal({});
    expect(checkedOnStep(el)).to.deep.equal([]);
    expect(storedDraft('k-restart')?.answers ?? {}).to.deep.equal({});
    el = await reload(el, 'k-restart');
    // Nothing left that the old draft had: either no draft at all, or an empty one on the first question.
    if (part(el, 'resume-button')) {
      await click(el, 'resume-button');
      expect(el.answers).to.deep.equal({});
    } else {
      expect(part(el, 'start-button')).to.exist;
    }
  });

  const bad: Record<string, string> = {
    'corrupt JSON': '{"v":1,"savedAt":',
    'a wrong version': JSON.stringify({
      v: 99,
      savedAt: Date.now(),
      step: 'goal',
      answers: minimalComplete,
      fromReview: false,
      completed: null,
    }),
    'an expired draft (31 days old)': JSON.stringify({
      v: 1,
      savedAt: Date.now() - 31 * DAY,
      step: 'goal',
      answers: minimalComplete,
      fromReview: false,
      completed: null,
    }),
  };
  for (const [what, raw] of Object.entries(bad)) {
    it(`discards ${what} with a notice, without a crash`, async () => {
      localStorage.setItem('smp-assessment:k-bad', raw);
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      const el = await mountLocal('k-bad');
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
      expect(part(el, 'start-button'), 'plain start').to.exist;
      expect(part(el, 'resume-button')).to.equal(null);
      expect(shadow(el).querySelector('.notice')?.textContent).to.match(/could not open your saved answers/i);
      expect(localStorage.getItem('smp-assessment:k-bad'), 'the bad draft is gone').to.equal(null);
      await click(el, 'start-button');
      expect(currentStep(el)).to.equal('smp-history');
      expect(el.answers).to.deep.equal({});
    });
  }

  it('keeps a draft saved 29 days ago', async () => {
    localStorage.setItem(
      'smp-assessment:k-fresh',
      JSON.stringify({
        v: 1,
        savedAt: Date.now() - 29 * DAY,
        step: 'goal',
        answers: minimalComplete,
        fromReview: false,
        completed: null,
      }),
    );
    const el = await mountLocal('k-fresh');
    await resume(el);
    expect(currentStep(el)).to.equal('goal');
    expect(el.answers).to.deep.equal(minimalComplete);
  });

  it('two widgets with different storage keys never share a draft', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <smp-assessment storage-key="left"></smp-assessment><smp-assessment storage-key="right"></smp-assessment>
      </div>`,
    );
    const [left, right] = [...page.querySelectorAll('smp-assessment')] as Widget[];
    await settle(left!);
    await click(left!, 'start-button');
    await answerUntil(left!, minimalComplete, 'artists');
    expect(currentStep(right!)).to.equal('intro');
    expect(right!.answers).to.deep.equal({});
    expect(smpKeys(localStorage)).to.deep.equal(['smp-assessment:left']);

    page.remove();
    const again = await fixture<HTMLDivElement>(
      html`<div>
        <smp-assessment storage-key="left"></smp-assessment><smp-assessment storage-key="right"></smp-assessment>
      </div>`,
    );
    const [left2, right2] = [...again.querySelectorAll('smp-assessment')] as Widget[];
    await settle(left2!);
    await settle(right2!);
    expect(part(right2!, 'resume-button'), 'right has nothing to resume').to.equal(null);
    expect(part(right2!, 'start-button')).to.exist;
    await resume(left2!);
    expect(currentStep(left2!)).to.equal('artists');
    expect(right2!.answers).to.deep.equal({});
  });

  it('derives the key from name or id when there is no storage-key, else uses smp-assessment', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <smp-assessment name="named"></smp-assessment><smp-assessment id="ided"></smp-assessment
        ><smp-assessment></smp-assessment>
      </div>`,
    );
    for (const el of page.querySelectorAll('smp-assessment')) {
      await settle(el);
      await click(el, 'start-button');
      await choose(el, 'smp-last-session', 'not-sure');
    }
    expect(smpKeys(localStorage).sort()).to.deep.equal([
      'smp-assessment:ided',
      'smp-assessment:named',
      'smp-assessment:smp-assessment',
    ]);
  });
});
