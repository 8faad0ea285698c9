import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { kirbyDesaiEstimate, kirbyDesaiScores } from '../../src/model/estimate.js';
import type { Answers } from '../../src/model/answers.js';
import { allNotSure, minimalComplete, skinTypeIIHelmetFivePlus } from '../fixtures/answers.js';

const CAVEAT = 'caveat text';

/** The promised band: low = max(1, floor(min - 2.5)), high = ceil(max + 2.5), from the lowest and highest sums. */
function band(min: number, max: number) {
  return { low: Math.max(1, Math.floor(min - 2.5)), high: Math.ceil(max + 2.5) };
}

function estimate(answers: Answers) {
  return kirbyDesaiEstimate(answers, CAVEAT);
}

describe('estimate: the worked example', () => {
  it('skin type II + helmet + no scarring + one practitioner sums to 2+1+1+3+0+0 = 7, band 4-10', () => {
    const result = estimate(skinTypeIIHelmetFivePlus);
    assert.deepEqual(result, {
      method: 'kirby-desai-2009',
      for: 'complete-removal',
      low: 4,
      high: 10,
      scores: {
        skinType: [2, 2],
        location: [1, 1],
        colour: [1, 1],
        amount: [3, 3],
        scarring: [0, 0],
        layering: [0, 0],
      },
      caveat: CAVEAT,
    });
    assert.deepEqual({ low: result.low, high: result.high }, band(7, 7));
  });

  it('the minimal journey (III, too dark) sums to 3+1+1+3 = 8, band 5-11', () => {
    const result = estimate(minimalComplete);
    assert.deepEqual(result.scores.amount, [3, 3]);
    assert.deepEqual({ low: result.low, high: result.high }, { low: 5, high: 11 });
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
      assert.deepEqual({ low, high }, band(5 + score, 5 + score));
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

  it('scarring is at least 1 over a scar, after scar camouflage, or after a non-laser removal', () => {
    const scar = (extra: Answers) => kirbyDesaiScores({ ...minimalComplete, ...extra }).scarring;
    assert.deepEqual(scar({}), [0, 0]);
    assert.deepEqual(scar({ 'smp-areas': ['hairline', 'scar'] }), [1, 1]);
    assert.deepEqual(scar({ 'smp-original-reason': 'scar-camouflage' }), [1, 1]);
    assert.deepEqual(scar({ 'previous-removal': 'non-laser' }), [1, 1]);
    assert.deepEqual(scar({ 'previous-removal': 'both' }), [1, 1]);
    assert.deepEqual(scar({ 'previous-removal': 'laser' }), [0, 0], 'a laser removal alone leaves no floor');
    assert.deepEqual(scar({ 'smp-areas': ['scar'], scarring: 'not-sure' }), [1, 5]);
    assert.deepEqual(scar({ 'smp-areas': ['scar'], scarring: 'moderate' }), [3, 3], 'the floor never lowers a score');
  });

  it('location and colour are always 1 (scalp, black ink)', () => {
    for (const answers of [{}, minimalComplete, allNotSure]) {
      assert.deepEqual(kirbyDesaiScores(answers).location, [1, 1]);
      assert.deepEqual(kirbyDesaiScores(answers).colour, [1, 1]);
    }
  });

  it('amount is 2, or 3 with helmet-look or too-dark; the number of SMP sessions does not count', () => {
    const amount = (sessions: string, concerns: string[]) =>
      kirbyDesaiScores({ ...minimalComplete, 'smp-sessions': sessions, concerns }).amount;
    assert.deepEqual(amount('1-2', ['hairline-placement']), [2, 2]);
    assert.deepEqual(amount('5-plus', ['hairline-placement']), [2, 2]);
    assert.deepEqual(amount('not-sure', ['blue-green-tint']), [2, 2]);
    assert.deepEqual(amount('3-4', ['helmet-look']), [3, 3]);
    assert.deepEqual(amount('1-2', ['too-dark']), [3, 3]);
    assert.deepEqual(amount('5-plus', ['helmet-look', 'too-dark']), [3, 3]);
  });

  it('layering is 2 with more than one practitioner, 0-2 when not sure, else 0; an earlier laser removal is not layering', () => {
    const layering = (practitioners: string, removal: string) =>
      kirbyDesaiScores({ ...minimalComplete, 'smp-practitioners': practitioners, 'previous-removal': removal })
        .layering;
    for (const removal of ['none', 'laser', 'non-laser', 'both']) {
      assert.deepEqual(layering('one', removal), [0, 0], removal);
      assert.deepEqual(layering('more-than-one', removal), [2, 2], removal);
      assert.deepEqual(layering('not-sure', removal), [0, 2], removal);
    }
  });
});

describe('estimate: unknown answers', () => {
  it('skin type not-sure spans I-VI, too wide for a band', () => {
    const answers = { ...skinTypeIIHelmetFivePlus, 'skin-type': 'not-sure' };
    assert.deepEqual(kirbyDesaiScores(answers).skinType, [1, 6]);
    const { low, high } = estimate(answers);
    assert.deepEqual({ low, high }, { low: null, high: null });
  });

  it('scarring not-sure spans 0-5, too wide for a band', () => {
    assert.deepEqual(kirbyDesaiScores({ ...minimalComplete, scarring: 'not-sure' }).scarring, [0, 5]);
    assert.equal(estimate({ ...minimalComplete, scarring: 'not-sure' }).low, null);
  });

  it('practitioners not-sure alone spreads the sum by 2: the band widens but stays', () => {
    const result = estimate({ ...minimalComplete, 'smp-practitioners': 'not-sure' });
    assert.deepEqual(result.scores.layering, [0, 2]);
    assert.deepEqual({ low: result.low, high: result.high }, band(8, 10));
  });

  it('every unknown at once gives no band, and keeps the points and the label "complete removal"', () => {
    const result = estimate(allNotSure);
    assert.deepEqual(result.scores, {
      skinType: [1, 6],
      location: [1, 1],
      colour: [1, 1],
      amount: [3, 3],
      scarring: [0, 5],
      layering: [0, 2],
    });
    assert.deepEqual({ low: result.low, high: result.high }, { low: null, high: null });
    assert.equal(result.for, 'complete-removal');
  });
});

/** Every answer the band depends on, each with every code it can take (and unanswered where it can be). */
const FACTORS = {
  'skin-type': ['I', 'II', 'III', 'IV', 'V', 'VI', 'not-sure', undefined],
  scarring: ['none', 'slight', 'moderate', 'significant', 'not-sure', undefined],
  'smp-practitioners': ['one', 'more-than-one', 'not-sure', undefined],
  'previous-removal': ['none', 'laser', 'non-laser', 'both', undefined],
  'smp-original-reason': ['thinning', 'scar-camouflage'],
  'smp-sessions': ['1-2', '5-plus', 'not-sure'],
} as const;
const CONCERN_SETS = [['hairline-placement'], ['helmet-look'], ['too-dark'], ['helmet-look', 'too-dark'], ['other']];
const AREA_SETS = [['hairline'], ['hairline', 'scar']];

function answersOf(pick: Record<string, string | undefined>, concerns: string[], areas: string[]): Answers {
  const answers: Answers = { concerns, 'smp-areas': areas };
  for (const [id, code] of Object.entries(pick)) if (code !== undefined) answers[id] = code;
  return answers;
}

/** The Kirby-Desai scoring rules, written out once more as plainly as possible, to check the model against. */
function expected(a: Answers) {
  const skin = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 }[a['skin-type'] as string];
  const skinRange = skin === undefined ? [1, 6] : [skin, skin];
  const scarValue = { none: 0, slight: 1, moderate: 3, significant: 5 }[a['scarring'] as string];
  const scarred =
    (a['smp-areas'] as string[]).includes('scar') ||
    a['smp-original-reason'] === 'scar-camouflage' ||
    a['previous-removal'] === 'non-laser' ||
    a['previous-removal'] === 'both';
  const floor = scarred ? 1 : 0;
  const scarRange = scarValue === undefined ? [floor, 5] : [Math.max(floor, scarValue), Math.max(floor, scarValue)];
  const concerns = a['concerns'] as string[];
  const amount = concerns.includes('helmet-look') || concerns.includes('too-dark') ? 3 : 2;
  const layering =
    a['smp-practitioners'] === 'more-than-one' ? [2, 2] : a['smp-practitioners'] === 'one' ? [0, 0] : [0, 2];
  const min = skinRange[0]! + 1 + 1 + amount + scarRange[0]! + layering[0]!;
  const max = skinRange[1]! + 1 + 1 + amount + scarRange[1]! + layering[1]!;
  return max - min > 2 ? { low: null, high: null } : band(min, max);
}

describe('estimate: the band rules over every combination of answers', () => {
  it('every combination (exhaustive): the promised band, or none when the sums spread by more than 2', () => {
    let count = 0;
    let noBand = 0;
    const keys = Object.keys(FACTORS) as (keyof typeof FACTORS)[];
    const walk = (i: number, pick: Record<string, string | undefined>) => {
      if (i === keys.length) {
        for (const concerns of CONCERN_SETS) {
          for (const areas of AREA_SETS) {
            const answers = answersOf(pick, concerns, areas);
            const result = estimate(answers);
            assert.deepEqual({ low: result.low, high: result.high }, expected(answers), JSON.stringify(answers));
            count++;
            if (result.low === null) noBand++;
          }
        }
        return;
      }
      for (const code of FACTORS[keys[i]!]) walk(i + 1, { ...pick, [keys[i]!]: code });
    };
    walk(0, {});
    assert.equal(count, 8 * 6 * 4 * 5 * 2 * 3 * 5 * 2);
    assert.ok(noBand > 0 && noBand < count, 'some combinations give a band and some do not');
  });

  const arbitraryAnswers = fc
    .record({
      'skin-type': fc.constantFrom(...FACTORS['skin-type']),
      scarring: fc.constantFrom(...FACTORS.scarring),
      'smp-practitioners': fc.constantFrom(...FACTORS['smp-practitioners']),
      'previous-removal': fc.constantFrom(...FACTORS['previous-removal']),
      'smp-original-reason': fc.constantFrom('thinning', 'bald', 'scar-camouflage', 'alopecia', 'other'),
      'smp-sessions': fc.constantFrom('1-2', '3-4', '5-plus', 'not-sure'),
    })
    .chain((pick) =>
      fc
        .record({
          concerns: fc.subarray(
            ['hairline-placement', 'helmet-look', 'blue-green-tint', 'bleeding-dots', 'too-dark', 'other'],
            {
              minLength: 1,
            },
          ),
          areas: fc.subarray(['hairline', 'temples', 'top', 'crown', 'sides-back', 'scar'], { minLength: 1 }),
        })
        .map(({ concerns, areas }) => answersOf(pick, concerns, areas)),
    );

  it('property: a band, when given, is 1 or more, has low < high, and holds every possible sum ± 2.5', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const { low, high, scores } = estimate(answers);
        const sums = Object.values(scores).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
        if (sums[1] - sums[0] > 2) return low === null && high === null;
        return (
          low !== null && high !== null && low >= 1 && low < high && low <= sums[0] - 2.5 + 1 && high >= sums[1] + 2.5
        );
      }),
    );
  });

  it('property: knowing an unknown answer never widens the spread of the sums', () => {
    fc.assert(
      fc.property(
        arbitraryAnswers,
        fc.constantFrom('I', 'IV', 'VI'),
        fc.constantFrom('none', 'moderate'),
        (answers, skin, scar) => {
          const spread = (a: Answers) => {
            const s = Object.values(kirbyDesaiScores(a)).reduce(([x, y], [c, d]) => [x + c, y + d], [0, 0]);
            return s[1] - s[0];
          };
          const known = { ...answers, 'skin-type': skin, scarring: scar, 'smp-practitioners': 'one' };
          return spread(known) <= spread(answers) && spread(known) === 0;
        },
      ),
    );
  });
});
