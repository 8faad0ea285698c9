import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import type { Messages } from '../../src/locales/types.js';
import type { Answers } from '../../src/model/answers.js';
import { buildSummary } from '../../src/model/summary.js';
import { combinedText, summaryText } from '../../src/model/text.js';
import { changeOfMind, hairlineFix } from '../fixtures/answers.js';

/**
 * The README shows the clinic text of two journeys as a clinic in Chicago receives it. Any wording change
 * that reaches the text must reach the README too, so the examples are rebuilt here and compared line by
 * line; on a difference, paste the generated block printed in the assertion.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const COMPLETED = new Date('2026-12-01T21:19:00Z');
const ZONE = { timeZone: 'America/Chicago' };

function text(answers: Answers, messages: Messages): string {
  const summary = buildSummary(answers, { messages, now: COMPLETED, reference: 'K7P-4QX' });
  return summaryText(summary, messages, ZONE);
}

/** The fenced block that follows `lead` in the README. */
function blockAfter(lead: string): string {
  const start = README.indexOf(lead);
  assert.ok(start >= 0, `the README still introduces an example with "${lead}"`);
  const open = README.indexOf('```\n', start) + 4;
  return README.slice(open, README.indexOf('```', open));
}

describe('README: the clinic text examples are what the code writes', () => {
  it('a hairline fix, in English', () => {
    assert.equal(blockAfter('as the\nclinic receives it:'), text(hairlineFix, en));
  });

  it("a Spanish patient's change of mind, the English copy first (its first 40 lines)", () => {
    const full = combinedText(
      { text: text(changeOfMind, es), messages: es },
      { text: text(changeOfMind, en), messages: en },
    );
    const shown = `${full.split('\n').slice(0, 40).join('\n')}\n…\n`;
    assert.equal(blockAfter('the Spanish copy follows the same layout):'), shown);
  });
});
