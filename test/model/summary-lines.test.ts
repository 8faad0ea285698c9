import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../../src/model/summary.js';
import { concernLines, flagLines } from '../../src/model/summary-lines.js';
import { summaryText } from '../../src/model/text.js';
import { en } from '../../src/locales/en.js';
import { FIXED_NOW, allFlags, concernJourneys } from '../fixtures/answers.js';
import type { Answers } from '../../src/model/answers.js';

const summarise = (answers: Answers) => buildSummary(answers, { messages: en, now: FIXED_NOW, reference: 'ABC-DEF' });

describe('summary lines shared by the screen and the text', () => {
  it('lists each flagged question once, with all its flagged answers', () => {
    const lines = flagLines(summarise(allFlags));
    const health = lines.filter((line) => line.startsWith(en.choices.health.label));
    assert.equal(health.length, 1);
    assert.ok(health[0]!.includes(en.choices.health.options.isotretinoin));
    assert.ok(health[0]!.includes(en.choices.health.options['blood-thinners']));
    assert.equal(new Set(lines).size, lines.length);
  });

  it("gives 'something else' the patient's own words, and other concerns their follow-up labels", () => {
    const other = summarise({ ...concernJourneys['other']!, 'concern-details': 'The edges look odd' });
    assert.deepEqual(concernLines(other), [`${en.choices.concerns.options.other}: The edges look odd`]);
    const tint = summarise(concernJourneys['blue-green-tint']!);
    assert.match(concernLines(tint)[0]!, new RegExp(`^${en.choices.concerns.options['blue-green-tint']}: `));
  });

  it('labels the categories line at the top of the text', () => {
    const text = summaryText(summarise(concernJourneys['hairline-placement']!), en);
    assert.ok(text.includes(`${en.summary.glance}: ${en.summary.categories.placement}`));
  });
});
