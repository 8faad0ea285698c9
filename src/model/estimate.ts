import { codesOf, type Answers } from './answers.js';
import { SCORE_NAMES, type Estimate, type ScoreName } from './summary-types.js';

type Range = [number, number];

/** Kirby-Desai skin type score: Fitzpatrick I-VI scores 1-6. */
const SKIN_TYPE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
const SCARRING: Record<string, number> = { none: 0, slight: 1, moderate: 3, significant: 5 };

/** Beyond this spread of possible sums, a band would say nothing useful, so none is given. */
const MAX_SPREAD = 2;

/** A known answer scores one value; an unknown one (`not-sure`, or unanswered) spans all it could be. */
function span(values: Record<string, number>, code: string | undefined): Range {
  const known = code === undefined ? undefined : values[code];
  if (known !== undefined) return [known, known];
  const all = Object.values(values);
  return [Math.min(...all), Math.max(...all)];
}

function add(...ranges: Range[]): Range {
  return ranges.reduce<Range>(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}

/**
 * Whether the skin where the SMP is has been scarred by more than the patient may have noticed: SMP over a
 * scar, or an earlier non-laser removal (saline, acid, excision), leaves at least slight scarring.
 */
function scarredSkin(answers: Answers): boolean {
  const one = (id: string): string | undefined => codesOf(answers, id)[0];
  const removal = one('previous-removal');
  return (
    codesOf(answers, 'smp-areas').includes('scar') ||
    one('smp-original-reason') === 'scar-camouflage' ||
    removal === 'non-laser' ||
    removal === 'both'
  );
}

/**
 * The Kirby-Desai scale (Kirby, Desai et al., J Clin Aesthet Dermatol 2009;2(3):32-37) as scored for
 * SMP. Each parameter is a range: one value when the answer is known, all it could be when it is not.
 */
export function kirbyDesaiScores(answers: Answers): Record<ScoreName, Range> {
  const one = (id: string): string | undefined => codesOf(answers, id)[0];
  const concerns = codesOf(answers, 'concerns');
  const moreInk = concerns.includes('helmet-look') || concerns.includes('too-dark');
  const floor = scarredSkin(answers) ? 1 : 0;
  const [scarLow, scarHigh] = span(SCARRING, one('scarring'));
  const practitioners = one('smp-practitioners');
  // Layering is SMP worked over by another artist; an earlier laser removal is not layering.
  const layering: Range = practitioners === 'more-than-one' ? [2, 2] : practitioners === 'one' ? [0, 0] : [0, 2];
  return {
    skinType: span(SKIN_TYPE, one('skin-type')),
    location: [1, 1],
    colour: [1, 1],
    amount: moreInk ? [3, 3] : [2, 2],
    scarring: [Math.max(floor, scarLow), Math.max(floor, scarHigh)],
    layering,
  };
}

/** The lowest and highest possible sums of the six points. */
export function kirbyDesaiTotal(scores: Record<ScoreName, Range>): Range {
  return add(...SCORE_NAMES.map((name) => scores[name]));
}

/**
 * The band is the sum widened by the scale's ±2.5 sessions; when unknown answers spread the sum by
 * more than 2 points, no band is given at all (`low` and `high` null).
 */
export function kirbyDesaiEstimate(answers: Answers, caveat: string): Estimate {
  const scores = kirbyDesaiScores(answers);
  const [min, max] = kirbyDesaiTotal(scores);
  const useful = max - min <= MAX_SPREAD;
  return {
    method: 'kirby-desai-2009',
    for: 'complete-removal',
    low: useful ? Math.max(1, Math.floor(min - 2.5)) : null,
    high: useful ? Math.ceil(max + 2.5) : null,
    scores,
    caveat,
  };
}
