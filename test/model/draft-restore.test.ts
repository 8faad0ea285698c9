// Drafts checked on restore, since anyone with the device can write storage: the same sanitising as `answers`, a
// step never later than the first unanswered required question, a reference in the widget's own format, valid past
// dates only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DRAFT_MAX_AGE_MS, isDraftId, restoreDraft, type RestoreContext } from '../../src/model/draft-restore.js';
import { minimalComplete } from '../fixtures/answers.js';

const NOW = Date.parse('2026-12-06T12:00:00Z');
const ctx: RestoreContext = { now: NOW, newId: () => 'f'.repeat(32), newReference: () => 'NEW-REF' };
const ID = 'a1'.repeat(16);

const stored = (over: Record<string, unknown> = {}) => ({
  v: 1,
  id: ID,
  savedAt: NOW - 1000,
  step: 'goal',
  answers: minimalComplete,
  fromReview: false,
  completed: null,
  ...over,
});

describe('restoreDraft', () => {
  it('keeps a good draft as it was', () => {
    const result = restoreDraft(stored(), ctx);
    assert.deepEqual(result, {
      status: 'found',
      draft: { id: ID, step: 'goal', answers: minimalComplete, fromReview: false, completed: null },
      dropped: [],
    });
  });

  it('discards what is not a draft, another version, an old, undated or future-dated one', () => {
    assert.deepEqual(restoreDraft('x', ctx), { status: 'discarded', reason: 'corrupt' });
    assert.deepEqual(restoreDraft(null, ctx), { status: 'discarded', reason: 'corrupt' });
    assert.deepEqual(restoreDraft(stored({ v: 2 }), ctx), { status: 'discarded', reason: 'outdated' });
    const old = stored({ savedAt: NOW - DRAFT_MAX_AGE_MS - 1 });
    assert.deepEqual(restoreDraft(old, ctx), { status: 'discarded', reason: 'expired' });
    for (const savedAt of ['2026-12-01', NaN, Infinity, NOW + 60_000, Date.parse('9999-01-01')]) {
      assert.deepEqual(
        restoreDraft(stored({ savedAt }), ctx),
        { status: 'discarded', reason: 'corrupt' },
        `${savedAt}`,
      );
    }
  });

  it('drops unknown ids and codes and cuts text through the same code as the answers property', () => {
    const result = restoreDraft(
      stored({ answers: { ...minimalComplete, 'x-y': 'z', 'skin-type': 'VII', notes: 'n'.repeat(2_000_000) } }),
      ctx,
    );
    assert.equal(result.status, 'found');
    if (result.status !== 'found') return;
    assert.equal(result.draft.answers['x-y'], undefined);
    assert.equal(result.draft.answers['skin-type'], undefined);
    assert.equal((result.draft.answers['notes'] as string).length, 1000);
    assert.deepEqual(result.dropped.map((d) => d.reason).sort(), ['too-long', 'unknown-option', 'unknown-question']);
  });

  it('never lands later than the first unanswered required question', () => {
    const partial = { ...minimalComplete };
    delete partial['skin-type'];
    for (const step of ['review', 'summary', 'photos', 'notes']) {
      const result = restoreDraft(stored({ step, answers: partial }), ctx);
      assert.equal(result.status === 'found' && result.draft.step, 'skin-type', step);
    }
    // 16 required answers missing and a stored completion: it never completes.
    const forged = restoreDraft(
      stored({
        step: 'summary',
        answers: { concerns: ['too-dark'] },
        completed: { reference: 'K7Q-4MX', completedAt: '2026-12-01T10:00:00.000Z' },
      }),
      ctx,
    );
    assert.equal(forged.status, 'found');
    if (forged.status !== 'found') return;
    assert.equal(forged.draft.step, 'smp-history');
    assert.equal(forged.draft.completed, null);
  });

  it('an unknown step starts at the first unanswered question', () => {
    const result = restoreDraft(stored({ step: 'nowhere', answers: {} }), ctx);
    assert.equal(result.status === 'found' && result.draft.step, 'smp-history');
  });

  it('makes a reference anew unless it is in the widget format; a bad completion time discards', () => {
    const completed = (reference: unknown, completedAt: unknown) =>
      restoreDraft(stored({ step: 'summary', completed: { reference, completedAt } }), ctx);
    const good = completed('K7Q-4MX', '2026-12-01T10:00:00.000Z');
    assert.deepEqual(good.status === 'found' && good.draft.completed, {
      reference: 'K7Q-4MX',
      completedAt: '2026-12-01T10:00:00.000Z',
    });
    for (const forged of ['x'.repeat(5044), 'k7q-4mx', 'K7Q-4M0', 42]) {
      const result = completed(forged, '2026-12-01T10:00:00.000Z');
      assert.equal(result.status === 'found' && result.draft.completed?.reference, 'NEW-REF', String(forged));
    }
    for (const when of ['not a date', '9999-12-31T00:00:00.000Z', 17, '2026-12-01']) {
      assert.deepEqual(completed('K7Q-4MX', when), { status: 'discarded', reason: 'corrupt' }, String(when));
    }
  });

  it('gives a draft without an id in its own format a new one', () => {
    assert.ok(isDraftId(ID));
    for (const id of [undefined, 'x', 'A1'.repeat(16), 42]) {
      const result = restoreDraft(stored({ id }), ctx);
      assert.equal(result.status === 'found' && result.draft.id, 'f'.repeat(32), String(id));
    }
  });
});
