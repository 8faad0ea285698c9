import { codesOf, type Answers } from './answers.js';
import { SCORE_NAMES, type Estimate, type ScoreName } from './summary-types.js';

type Range = [number, number];

/** Kirby-Desai skin type score: Fitzpatrick I-VI scores 1-6. */
const SKIN_TYPE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };
const SCARRING: Record<string, number> = { none: 0, slight: 1, moderate: 3, significant: 5 };

/** A known answer scores one value; an unknown one (`not-sure`, or unanswered) spans all it could be. */
function span(values: Record<string, number>, code: string | undefined): Range {
  const known = code === undefined ? undefined : values[code];
  if (known !== undefined) return [known, known];
  const all = Object.values(values);
  return [Math.min(...all), Math.max(...all)];
}

function either(yes: boolean, unknown: boolean, score: number): Range {
  if (yes) return [score, score];
  return unknown ? [0, score] : [0, 0];
}

function add(...ranges: Range[]): Range {
  return ranges.reduce<Range>(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
}

/**
 * The Kirby-Desai scale (Kirby, Desai et al., J Clin Aesthet Dermatol 2009;2(3):32-37) as scored for
 * SMP: the sum approximates the number of laser sessions, so the band is the sum's range widened by 2.5.
 */
export function kirbyDesaiScores(answers: Answers): Record<ScoreName, Range> {
  const one = (id: string): string | undefined => codesOf(answers, id)[0];
  const helmet = codesOf(answers, 'concerns').includes('helmet-look');
  const sessions = one('smp-sessions');
  const manySessions = either(sessions === '5-plus', sessions === 'not-sure' || sessions === undefined, 1);
  const practitioners = one('smp-practitioners');
  const removal = one('previous-removal');
  const layered = practitioners === 'more-than-one' || (removal !== undefined && removal !== 'none');
  const layeringUnknown = !layered && (practitioners !== 'one' || removal === undefined);
  return {
    skinType: span(SKIN_TYPE, one('skin-type')),
    location: [1, 1],
    colour: [1, 1],
    amount: add([2, 2], helmet ? [1, 1] : [0, 0], manySessions),
    scarring: span(SCARRING, one('scarring')),
    layering: either(layered, layeringUnknown, 2),
  };
}

export function kirbyDesaiEstimate(answers: Answers, caveat: string): Estimate {
  const scores = kirbyDesaiScores(answers);
  const [min, max] = add(...SCORE_NAMES.map((name) => scores[name]));
  return {
    method: 'kirby-desai-2009',
    low: Math.max(1, Math.floor(min - 2.5)),
    high: Math.ceil(max + 2.5),
    scores,
    caveat,
  };
}
