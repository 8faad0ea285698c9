import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { kirbyDesaiEstimate, kirbyDesaiScores } from '../../src/model/estimate.js';
import type { Answers } from '../../src/model/answers.js';
import { allNotSure, minimalComplete, skinTypeIIHelmetFivePlus } from '../fixtures/answers.js';

const CAVEAT = 'caveat text';

/** The band of PRODUCT.md section 2, from the lowest and highest possible sums. */
function band(min: number, max: number) {
  return { low: Math.max(1, Math.floor(min - 2.5)), high: Math.ceil(max + 2.5) };
}

function estimate(answers: Answers) {
  return kirbyDesaiEstimate(answers, CAVEAT);
}

describe('estimate: the worked example', () => {
  it('skin type II + helmet + 5+ sessions + no scarring + one practitioner + no removal sums to 8, band 5-11', () => {
    const result = estimate(skinTypeIIHelmetFivePlus);
    assert.deepEqual(result, {
      method: 'kirby-desai-2009',
      low: 5,
      high: 11,
      scores: {
        skinType: [2, 2],
        location: [1, 1],
        colour: [1, 1],
        amount: [4, 4],
        scarring: [0, 0],
        layering: [0, 0],
      },
      caveat: CAVEAT,
    });
    assert.deepEqual({ low: result.low, high: result.high }, band(8, 8));
  });

  it('the minimal journey (III, 1-2 sessions, too dark) sums to 3+1+1+2 = 7, band 4-10', () => {
    const result = estimate(minimalComplete);
    assert.deepEqual(result.scores.amount, [2, 2]);
    assert.deepEqual({ low: result.low, high: result.high }, { low: 4, high: 10 });
  });
});

describe('estimate: parameter scores', () => {
  const skin: [string, number][] = [
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['V', 5],
    ['VI', 6],
  ];
  for (const [code, score] of skin) {
    it(`skin type ${code} scores ${score}, and moves the band with it`, () => {
      const answers = { ...skinTypeIIHelmetFivePlus, 'skin-type': code };
      assert.deepEqual(kirbyDesaiScores(answers).skinType, [score, score]);
      const { low, high } = estimate(answers);
      assert.deepEqual({ low, high }, band(6 + score, 6 + score));
    });
  }

  const scarring: [string, number][] = [
    ['none', 0],
    ['slight', 1],
    ['moderate', 3],
    ['significant', 5],
  ];
  for (const [code, score] of scarring) {
    it(`scarring ${code} scores ${score}`, () => {
      assert.deepEqual(kirbyDesaiScores({ ...minimalComplete, scarring: code }).scarring, [score, score]);
    });
  }

  it('location and colour are always 1 (scalp, black ink)', () => {
    for (const answers of [{}, minimalComplete, allNotSure]) {
      assert.deepEqual(kirbyDesaiScores(answers).location, [1, 1]);
      assert.deepEqual(kirbyDesaiScores(answers).colour, [1, 1]);
    }
  });

  it('amount is 2 by default, 3 with helmet-look or 5+ sessions, 4 with both', () => {
    const amount = (sessions: string, concerns: string[]) =>
      kirbyDesaiScores({ ...minimalComplete, 'smp-sessions': sessions, concerns }).amount;
    assert.deepEqual(amount('1-2', ['too-dark']), [2, 2]);
    assert.deepEqual(amount('3-4', ['too-dark']), [2, 2]);
    assert.deepEqual(amount('3-4', ['helmet-look']), [3, 3]);
    assert.deepEqual(amount('5-plus', ['too-dark']), [3, 3]);
    assert.deepEqual(amount('5-plus', ['helmet-look', 'too-dark']), [4, 4]);
  });

  it('layering is 2 with more than one practitioner or any earlier removal, else 0', () => {
    const layering = (practitioners: string, removal: string) =>
      kirbyDesaiScores({ ...minimalComplete, 'smp-practitioners': practitioners, 'previous-removal': removal })
        .layering;
    assert.deepEqual(layering('one', 'none'), [0, 0]);
    assert.deepEqual(layering('more-than-one', 'none'), [2, 2]);
    for (const removal of ['laser', 'non-laser', 'both']) {
      assert.deepEqual(layering('one', removal), [2, 2], removal);
      assert.deepEqual(layering('more-than-one', removal), [2, 2], removal);
    }
  });
});

describe('estimate: unknown answers widen the band', () => {
  it('skin type not-sure spans I-VI', () => {
    const answers = { ...skinTypeIIHelmetFivePlus, 'skin-type': 'not-sure' };
    assert.deepEqual(kirbyDesaiScores(answers).skinType, [1, 6]);
    const { low, high } = estimate(answers);
    assert.deepEqual({ low, high }, band(7, 12));
    assert.deepEqual({ low, high }, { low: 4, high: 15 });
  });

  it('scarring not-sure spans 0-5', () => {
    assert.deepEqual(kirbyDesaiScores({ ...minimalComplete, scarring: 'not-sure' }).scarring, [0, 5]);
  });

  it('sessions not-sure adds 0 or 1 to the amount', () => {
    assert.deepEqual(kirbyDesaiScores({ ...minimalComplete, 'smp-sessions': 'not-sure' }).amount, [2, 3]);
    const helmet = { ...skinTypeIIHelmetFivePlus, 'smp-sessions': 'not-sure' };
    assert.deepEqual(kirbyDesaiScores(helmet).amount, [3, 4]);
  });

  it('practitioners not-sure spans 0-2 unless an earlier removal already makes it 2', () => {
    const notSure = { ...minimalComplete, 'smp-practitioners': 'not-sure' };
    assert.deepEqual(kirbyDesaiScores(notSure).layering, [0, 2]);
    assert.deepEqual(kirbyDesaiScores({ ...notSure, 'previous-removal': 'laser' }).layering, [2, 2]);
  });

  it('every unknown at once: 1-6, 1, 1, 2-3, 0-5, 0-2 gives sums 5-18, band 2-21', () => {
    const result = estimate(allNotSure);
    assert.deepEqual(result.scores, {
      skinType: [1, 6],
      location: [1, 1],
      colour: [1, 1],
      amount: [2, 3],
      scarring: [0, 5],
      layering: [0, 2],
    });
    assert.deepEqual({ low: result.low, high: result.high }, { low: 2, high: 21 });
  });

  it('is a band, never a single number, and each answer that is known narrows it', () => {
    const wide = estimate(allNotSure);
    const narrow = estimate(minimalComplete);
    assert.ok(narrow.low < narrow.high);
    assert.ok(wide.low <= narrow.low && wide.high >= narrow.high);
    assert.ok(wide.high - wide.low > narrow.high - narrow.low);
  });
});
