// A tampered or foreign draft is not trusted: anyone with the device or the origin can write local storage.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { minimalComplete } from '../fixtures/answers.js';
import { clearStorage, click, currentStep, part, settle, shadow, type Widget } from './helpers.js';

function store(key: string, draft: Record<string, unknown>): void {
  localStorage.setItem(
    `smp-assessment:${key}`,
    JSON.stringify({ v: 1, savedAt: Date.now() - 1000, fromReview: false, completed: null, ...draft }),
  );
}

describe('drafts checked on restore', function () {
  this.timeout(30_000);
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('a stored summary with required answers missing neither completes nor satisfies required', async () => {
    store('forged', {
      step: 'summary',
      answers: { concerns: ['too-dark'] },
      completed: { reference: 'K7Q-4MX', completedAt: new Date(Date.now() - 60_000).toISOString() },
    });
    const form = await fixture<HTMLFormElement>(
      `<form><smp-assessment name="a" required storage-key="forged"></smp-assessment></form>`,
    );
    const el = form.querySelector('smp-assessment') as Widget;
    await settle(el);
    await click(el, 'resume-button');
    // Resume decides at once: a draft it trusts as complete stays on the intro until its summary is rebuilt, any
    // other goes straight to a question. So being on the first unanswered question now settles it.
    expect(currentStep(el)).to.equal('smp-history');
    expect(el.summary).to.equal(null);
    expect(form.checkValidity()).to.equal(false);
  });

  it('a forged reference and a 2,000,000-character note are not trusted', async () => {
    store('long', {
      step: 'summary',
      answers: { ...minimalComplete, notes: 'n'.repeat(2_000_000) },
      completed: { reference: 'X'.repeat(5044), completedAt: new Date(Date.now() - 60_000).toISOString() },
    });
    const el = await fixture<Widget>(`<smp-assessment storage-key="long"></smp-assessment>`);
    await settle(el);
    await click(el, 'resume-button');
    await waitUntil(() => el.summary, 'the complete draft was not resumed to its summary', { timeout: 5000 });
    expect(el.summary?.reference).to.match(/^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$/);
    expect((el.answers['notes'] as string).length).to.equal(1000);
  });

  for (const completedAt of ['not a date', '9999-12-31T00:00:00.000Z']) {
    it(`completedAt ${JSON.stringify(completedAt)} discards the draft with the notice, without a crash`, async () => {
      store('bad-date', {
        step: 'summary',
        answers: minimalComplete,
        completed: { reference: 'K7Q-4MX', completedAt },
      });
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        const el = await fixture<Widget>(`<smp-assessment storage-key="bad-date"></smp-assessment>`);
        await settle(el);
        expect(part(el, 'resume-button')).to.equal(null);
        expect(shadow(el).querySelector('.notice')?.textContent).to.match(/could not open your saved answers/i);
        await click(el, 'start-button');
        expect(currentStep(el)).to.equal('smp-history');
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('a saved time in the future discards the draft with the notice', async () => {
    store('future', { step: 'goal', answers: minimalComplete, savedAt: Date.now() + 400 * 24 * 3600 * 1000 });
    const el = await fixture<Widget>(`<smp-assessment storage-key="future"></smp-assessment>`);
    await settle(el);
    expect(part(el, 'resume-button')).to.equal(null);
    expect(shadow(el).querySelector('.notice')?.textContent).to.match(/could not open your saved answers/i);
  });
});
