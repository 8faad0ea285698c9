import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withChoice, withText } from '../../src/model/answer-edits.js';

describe('answer edits: what one tick, pick or keystroke leaves in the answers', () => {
  it('a radio replaces the answer of its question', () => {
    const answers = withChoice({ 'smp-sessions': '1-2' }, 'smp-sessions', '3-4', true);
    assert.deepEqual(answers, { 'smp-sessions': '3-4' });
  });

  it('a box adds or removes its code, kept in the order of the options', () => {
    let answers = withChoice({}, 'concerns', 'too-dark', true);
    answers = withChoice(answers, 'concerns', 'hairline-placement', true);
    assert.deepEqual(answers.concerns, ['hairline-placement', 'too-dark']);
    answers = withChoice(answers, 'concerns', 'too-dark', false);
    assert.deepEqual(answers.concerns, ['hairline-placement']);
  });

  it('unticking the last box removes the question, and with it the follow-ups it showed', () => {
    const answers = withChoice(
      { concerns: ['hairline-placement'], 'hairline-problem': 'too-low' },
      'concerns',
      'hairline-placement',
      false,
    );
    assert.deepEqual(answers, {});
  });

  it('an exclusive option clears the other boxes', () => {
    const answers = withChoice({ health: ['keloid-scarring'] }, 'health', 'none', true);
    assert.deepEqual(answers.health, ['none']);
  });

  it('an unknown question or a free-text question leaves the answers as they were', () => {
    const before = { 'smp-sessions': '1-2' };
    assert.equal(withChoice(before, 'no-such-question', 'x', true), before);
    assert.equal(withChoice(before, 'ink-details', 'x', true), before);
  });

  it('typed text is stored, and an emptied field removes the answer', () => {
    assert.deepEqual(withText({}, 'ink-details', 'Black, 2019'), { 'ink-details': 'Black, 2019' });
    assert.deepEqual(withText({ 'ink-details': 'Black' }, 'ink-details', ''), {});
  });
});
