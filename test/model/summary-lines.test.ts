import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildSummary } from '../../src/model/summary.js';
import { answerLines, concernLines, estimateLines, flagLines, pointLines } from '../../src/model/summary-lines.js';
import { en } from '../../src/locales/en.js';
import { es } from '../../src/locales/es.js';
import {
  FIXED_NOW,
  allFlags,
  allNotSure,
  blueTintUnknownSkin,
  concernJourneys,
  everything,
  hairlineFix,
  minimalComplete,
} from '../fixtures/answers.js';
import type { Answers } from '../../src/model/answers.js';
import type { Messages } from '../../src/locales/types.js';

const summarise = (answers: Answers, messages: Messages = en) =>
  buildSummary(answers, { messages, now: FIXED_NOW, reference: 'ABC-DEF' });

describe('summary lines shared by the screen and the text', () => {
  it('puts one flag on each line, medicines and health in the first person, others as "Short label: answer"', () => {
    const lines = flagLines(summarise(allFlags));
    assert.equal(lines.length, summarise(allFlags).flags.length);
    assert.ok(lines.includes(en.choices.medicines.options['blood-thinners']));
    assert.ok(lines.includes(en.choices.health.options['slow-healing']));
    assert.ok(
      lines.includes(`${en.choices['hair-transplant'].short}: ${en.choices['hair-transplant'].options.planning}`),
    );
    assert.ok(
      lines.includes(
        `${en.choices['transplant-plan'].short}: ${en.choices['transplant-plan'].options['within-6-months']}`,
      ),
    );
    assert.ok(lines.includes(`${en.choices['skin-type'].short}: VI \u2013 ${en.choices['skin-type'].options.VI}`));
    for (const line of lines) assert.doesNotMatch(line, /\?:/, 'never "Question?: answer"');
  });

  it("gives 'something else' the patient's own words, and labels every follow-up of a concern", () => {
    const other = summarise({ ...concernJourneys['other']!, 'concern-details': 'The edges look odd' });
    assert.deepEqual(concernLines(other), [`${en.choices.concerns.options.other} \u2014 The edges look odd`]);
    const tint = summarise(concernJourneys['blue-green-tint']!);
    assert.deepEqual(concernLines(tint), [
      `${en.choices.concerns.options['blue-green-tint']} \u2014 Tint: Blue; Tint appeared: Over time`,
    ]);
  });

  it('prints change-reason once when both concerns that open it are chosen', () => {
    const lines = concernLines(summarise(everything));
    const withReason = lines.filter((line) => line.includes(en.choices['change-reason'].short));
    assert.equal(withReason.length, 1);
    assert.ok(withReason[0]!.startsWith(en.choices.concerns.options['change-of-mind']));
  });

  it('writes every answer as "Short label: answer", never "Question?: answer"', () => {
    const lines = answerLines(summarise(everything));
    assert.ok(lines.includes('Hair transplant: Yes, I had one'));
    assert.ok(lines.includes('Transplant done: More than 12 months ago'));
    assert.ok(
      lines.includes(`Skin type (Fitzpatrick, self-reported): III \u2013 ${en.choices['skin-type'].options.III}`),
    );
    for (const line of lines) assert.doesNotMatch(line, /\?:/);
  });
});

describe('summary lines: the estimate', () => {
  it('says the band is for complete removal, and adds the fading line only for fade-for-redo and partial-removal', () => {
    for (const goal of ['complete-removal', 'fade-for-redo', 'partial-removal', 'not-sure']) {
      const lines = estimateLines(summarise({ ...minimalComplete, goal }), en);
      assert.equal(lines[0], 'About 5 to 11 sessions for complete removal');
      assert.equal(
        lines.includes(en.summary.estimateFading),
        goal === 'fade-for-redo' || goal === 'partial-removal',
        goal,
      );
    }
  });

  it('gives the no-band sentence when unknown answers make the band useless', () => {
    assert.deepEqual(estimateLines(summarise(allNotSure), en), [en.summary.estimateNone]);
    assert.deepEqual(estimateLines(summarise(blueTintUnknownSkin), en), [en.summary.estimateNone]);
  });

  it('names each of the six points with the answer behind it, and the total', () => {
    assert.deepEqual(pointLines(summarise(hairlineFix), en), [
      'Skin type II: 2 points',
      'Location (scalp): 1 point',
      'Ink color (black ink, assumed): 1 point',
      'Amount of ink (usual for SMP): 2 points',
      'Scarring (No): 0 points',
      'Layering (Just one): 0 points',
      'Total: 6 points',
    ]);
  });

  it('shows unknown points as ranges, and why scarring counts at least 1', () => {
    const lines = pointLines(summarise({ ...allNotSure, 'smp-areas': ['scar'] }), en);
    assert.equal(lines[0], 'Skin type (I am not sure): 1 to 6 points');
    assert.equal(lines[4], `Scarring (I am not sure; ${en.summary.basis.scarringAtLeastOne}): 1 to 5 points`);
    assert.equal(lines[5], 'Layering (I am not sure): 0 to 2 points');
    assert.equal(lines[6], 'Total: 7 to 18 points');
  });

  it('writes the points in Spanish for a Spanish summary', () => {
    const lines = pointLines(summarise(hairlineFix, es), es);
    assert.equal(lines[0], 'Tipo de piel II: 2 puntos');
    assert.equal(lines[6], 'Total: 6 puntos');
  });
});
