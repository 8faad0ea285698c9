import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { codesOf, sanitizeAnswers, toggleCode, withAnswer } from '../../src/model/answers.js';
import { everything, minimalComplete } from '../fixtures/answers.js';

describe('answers: sanitizeAnswers', () => {
  it('keeps valid answers as they are, and reports nothing', () => {
    for (const answers of [minimalComplete, everything]) {
      assert.deepEqual(sanitizeAnswers(answers), { answers, dropped: [] });
    }
  });

  it('drops unknown ids, unknown codes and wrong types, and reports each', () => {
    const { answers, dropped } = sanitizeAnswers({
      goal: 'complete-removal',
      'favourite-colour': 'blue',
      photos: ['front.jpg'],
      'skin-type': 'VII',
      'smp-areas': ['hairline', 'eyebrows', 42],
      'smp-sessions': 3,
      concerns: 'helmet-look',
      notes: { text: 'hi' },
      scarring: ['none'],
    });
    assert.deepEqual(answers, { goal: 'complete-removal', 'smp-areas': ['hairline'] });
    assert.deepEqual(dropped, [
      { key: 'favourite-colour', reason: 'unknown-question' },
      { key: 'photos', reason: 'unknown-question' },
      { key: 'skin-type', reason: 'unknown-option', code: 'VII' },
      { key: 'smp-areas', reason: 'unknown-option', code: 'eyebrows' },
      { key: 'smp-areas', reason: 'unknown-option', code: '42' },
      { key: 'smp-sessions', reason: 'wrong-type' },
      { key: 'concerns', reason: 'wrong-type' },
      { key: 'notes', reason: 'wrong-type' },
      { key: 'scarring', reason: 'wrong-type' },
    ]);
  });

  it('removes empty keys without reporting them', () => {
    const { answers, dropped } = sanitizeAnswers({ goal: '', 'smp-areas': [], notes: null, health: undefined });
    assert.deepEqual(answers, {});
    assert.deepEqual(dropped, []);
  });

  it('removes a list whose every code is unknown', () => {
    assert.deepEqual(sanitizeAnswers({ 'smp-areas': ['eyebrows'] }).answers, {});
  });

  it('dedupes codes and puts them in option order', () => {
    const { answers } = sanitizeAnswers({ 'smp-areas': ['crown', 'hairline', 'crown'] });
    assert.deepEqual(answers, { 'smp-areas': ['hairline', 'crown'] });
  });

  it('returns nothing for input that is not an object', () => {
    for (const input of [null, undefined, 'goal', 42, true]) {
      assert.deepEqual(sanitizeAnswers(input), { answers: {}, dropped: [] });
    }
  });

  it('reads a reactive Proxy (as Vue or MobX make) without cloning it, arrays included', () => {
    const reads: string[] = [];
    const reactive = <T extends object>(target: T): T =>
      new Proxy(target, {
        get(t, key, receiver) {
          if (typeof key === 'string') reads.push(key);
          const value = Reflect.get(t, key, receiver);
          return Array.isArray(value) ? reactive(value) : value;
        },
      });
    const source = { goal: 'partial-removal', 'smp-areas': ['temples', 'scar'], bogus: 'x' };
    const { answers, dropped } = sanitizeAnswers(reactive(source));
    assert.deepEqual(answers, { goal: 'partial-removal', 'smp-areas': ['temples', 'scar'] });
    assert.deepEqual(dropped, [{ key: 'bogus', reason: 'unknown-question' }]);
    assert.ok(reads.includes('goal') && reads.includes('smp-areas'), 'the proxy was read through its traps');
    assert.deepEqual(source, { goal: 'partial-removal', 'smp-areas': ['temples', 'scar'], bogus: 'x' });
  });

  it('does not let a __proto__ key through', () => {
    const { answers } = sanitizeAnswers(JSON.parse('{"__proto__": {"goal": "not-sure"}, "goal": "fade-for-redo"}'));
    assert.deepEqual(answers, { goal: 'fade-for-redo' });
    assert.equal(Object.getPrototypeOf(answers), Object.prototype);
  });
});

describe('answers: toggleCode', () => {
  it('ticking `none` in health or medicines clears every other item', () => {
    assert.deepEqual(toggleCode('health', ['keloid-scarring', 'slow-healing'], 'none', true), ['none']);
    assert.deepEqual(toggleCode('medicines', ['isotretinoin', 'blood-thinners'], 'none', true), ['none']);
  });

  it('ticking another health or medicines item clears `none`', () => {
    assert.deepEqual(toggleCode('health', ['none'], 'skin-cancer', true), ['skin-cancer']);
    assert.deepEqual(toggleCode('medicines', ['none'], 'blood-thinners', true), ['blood-thinners']);
  });

  it('adds in option order and removes on untick', () => {
    assert.deepEqual(toggleCode('smp-areas', ['crown'], 'hairline', true), ['hairline', 'crown']);
    assert.deepEqual(toggleCode('smp-areas', ['hairline', 'crown'], 'hairline', false), ['crown']);
    assert.deepEqual(toggleCode('health', ['none'], 'none', false), []);
  });

  it('ticking twice keeps one copy', () => {
    assert.deepEqual(toggleCode('smp-areas', ['top'], 'top', true), ['top']);
  });

  it('has no exclusive option elsewhere: other lists keep every code', () => {
    assert.deepEqual(toggleCode('concerns', ['too-dark'], 'other', true), ['too-dark', 'other']);
  });

  it('does not change the list it is given', () => {
    const current = ['isotretinoin'];
    toggleCode('medicines', current, 'none', true);
    assert.deepEqual(current, ['isotretinoin']);
  });
});

describe('answers: codesOf and withAnswer', () => {
  it('codesOf gives the codes of one or several answers, and none for text or a gap', () => {
    assert.deepEqual(codesOf(everything, 'goal'), ['fade-for-redo']);
    assert.deepEqual(codesOf(everything, 'smp-areas'), everything['smp-areas']);
    assert.deepEqual(codesOf(everything, 'notes'), []);
    assert.deepEqual(codesOf({}, 'goal'), []);
  });

  it('withAnswer sets a copy and removes a key left empty', () => {
    const next = withAnswer(minimalComplete, 'goal', 'not-sure');
    assert.equal(next.goal, 'not-sure');
    assert.equal(minimalComplete.goal, 'complete-removal');
    for (const empty of [undefined, '', []]) assert.equal('goal' in withAnswer(next, 'goal', empty), false);
  });
});
