// Hostile `answers` (any page script can set them): never a throw for a readable value, bounded work and warnings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeDropped, sanitizeAnswers } from '../../src/model/answers.js';
import { getQuestion } from '../../src/model/definition.js';

const limitOf = (id: string) => (getQuestion(id) as { maxLength: number }).maxLength;

describe('answers: hostile values', () => {
  it('reads an array holding an object without a prototype, dropping that item', () => {
    const { answers, dropped } = sanitizeAnswers({ concerns: [Object.create(null), 'too-dark'] });
    assert.deepEqual(answers, { concerns: ['too-dark'] });
    assert.equal(dropped.length, 1);
    assert.equal(dropped[0]!.reason, 'unknown-option');
  });

  it('cuts an array longer than the question has options, without reading past them', () => {
    const options = (getQuestion('concerns') as { options: readonly string[] }).options;
    const long = [...options, ...Array.from({ length: 1_000_000 }, () => 'too-dark')];
    const { answers, dropped } = sanitizeAnswers({ concerns: long });
    assert.deepEqual(answers['concerns'], [...options]);
    assert.deepEqual(dropped, [{ key: 'concerns', reason: 'too-many' }]);
  });

  it('does not walk a sparse array of length 2**32 - 1 (under 50 ms)', () => {
    const sparse: string[] = [];
    sparse.length = 2 ** 32 - 1;
    sparse[0] = 'too-dark';
    const started = performance.now();
    const { answers } = sanitizeAnswers({ concerns: sparse, 'smp-areas': sparse });
    const took = performance.now() - started;
    assert.deepEqual(answers['concerns'], ['too-dark']);
    assert.ok(took < 50, `took ${took.toFixed(1)} ms`);
  });

  it('cuts free text to its limit and reports the cut', () => {
    const huge = 'x'.repeat(5_000_000);
    const { answers, dropped } = sanitizeAnswers({ notes: huge, 'concern-details': huge });
    assert.equal((answers['notes'] as string).length, limitOf('notes'));
    assert.equal((answers['concern-details'] as string).length, limitOf('concern-details'));
    assert.deepEqual(dropped, [
      { key: 'notes', reason: 'too-long' },
      { key: 'concern-details', reason: 'too-long' },
    ]);
  });

  it('describes what it dropped in one short line, however much that was', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) many[`unknown-question-with-a-long-name-${i}`] = 'x';
    many['smp-areas'] = Array.from({ length: 4 }, () => 'y'.repeat(10_000));
    const { dropped } = sanitizeAnswers(many);
    const line = describeDropped(dropped);
    assert.ok(line.length <= 500, `${line.length} characters`);
    assert.match(line, /unknown-question-with-a-long-name-0/);
    assert.match(line, /and \d+ more/);
    assert.equal(describeDropped([]), '');
  });
});
