import type { ChoiceQuestionId, OptionCode, TextQuestionId } from './definition.js';
import type { Category, ScoreName } from './summary-types.js';

/**
 * The words the model's outputs carry (summary, text, FHIR, labels), and nothing else. The model never imports
 * src/locales: a locale's `Messages` satisfies this interface structurally, so the arrow points one way.
 */
export type Locale = 'en' | 'es';

export interface ChoiceStrings<Code extends string> {
  /** The full question, as the patient reads it and as FHIR `item.text`. */
  readonly label: string;
  /** A few words for the review, the summary and the text ("Hair transplant"). */
  readonly short: string;
  readonly hint?: string;
  readonly options: { readonly [C in Code]: string };
  /** A second line under some options, in smaller type. */
  readonly optionHints?: { readonly [C in Code]?: string };
}

export interface TextStrings {
  readonly label: string;
  readonly short: string;
  readonly hint?: string;
}

export interface Wording {
  readonly locale: Locale;
  readonly languageNames: { readonly [L in Locale]: string };
  readonly choices: { readonly [Q in ChoiceQuestionId]: ChoiceStrings<OptionCode<Q>> };
  readonly texts: { readonly [Q in TextQuestionId]: TextStrings };
  readonly review: {
    readonly notAnswered: string;
    readonly photosCount: (count: number) => string;
  };
  readonly photos: { readonly title: string };
  readonly summary: {
    readonly title: string;
    readonly reference: string;
    readonly completed: string;
    readonly partner: string;
    readonly change: string;
    readonly goal: string;
    readonly discuss: string;
    readonly discussNone: string;
    readonly estimate: string;
    /** The band, always said to be for complete removal. */
    readonly estimateRange: (low: number, high: number) => string;
    /** Shown instead of a band when unknown answers make it too wide to help. */
    readonly estimateNone: string;
    /** Added under the band when the goal is fading for a redo or treating part of it. */
    readonly estimateFading: string;
    readonly estimateScale: string;
    readonly scores: { readonly [S in ScoreName]: string };
    /** The disclosure that holds the points on the patient's screen. */
    readonly howWorkedOut: string;
    readonly points: (low: number, high: number) => string;
    readonly total: string;
    /** What lies behind the points that no single answer names. */
    readonly basis: {
      readonly location: string;
      readonly colour: string;
      readonly amountUsual: string;
      readonly amountMore: string;
      readonly scarringAtLeastOne: string;
      readonly notAnswered: string;
    };
    /** First line of the text when the patient's language differs from the clinic's. */
    readonly answeredIn: (language: string) => string;
    readonly glanceGoal: string;
    readonly glanceConcerns: string;
    readonly glanceDiscuss: (count: number) => string;
    readonly glanceEstimate: string;
    readonly noEstimate: string;
    readonly caveat: string;
    readonly answers: string;
    readonly photos: (count: number) => string;
    /** Label of the categories line at the top of the text. */
    readonly glance: string;
    readonly categories: { readonly [C in Category]: string };
    readonly clinicCopy: (language: string) => string;
  };
}
