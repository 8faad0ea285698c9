import type {
  GROUPED_STEPS,
  ChoiceQuestionId,
  GroupedStepId,
  OptionCode,
  PhotoAngle,
  SectionId,
  TextQuestionId,
} from '../model/definition.js';
import type { ErrorCode } from '../model/validation.js';
import type { PartId } from '../model/progress.js';
import type { ChoiceStrings, Locale, TextStrings, Wording } from '../model/wording.js';

export type { ChoiceStrings, Locale, TextStrings } from '../model/wording.js';
export const LOCALES: readonly Locale[] = ['en', 'es'];

/** The step whose strings are in the bundle with the intro's; every later step's come in a lazy chunk. */
export const FIRST_STEP = 'smp-history' satisfies GroupedStepId;
type FirstQuestionId = (typeof GROUPED_STEPS)[typeof FIRST_STEP][number];
type LaterQuestionId = Exclude<ChoiceQuestionId, FirstQuestionId>;
type ChoiceMap<Q extends ChoiceQuestionId> = { readonly [K in Q]: ChoiceStrings<OptionCode<K>> };
type GroupStrings = { readonly heading: string; readonly hint?: string };
/** The part of the first question, whose name is in the bundle with it. */
const FIRST_PART = 'your-smp' satisfies PartId;
type ErrorWords = (kind: 'single' | 'multiple' | 'text', max?: number) => string;

/**
 * The strings of the intro, the first question and of what every step shows (navigation, errors, problems). The
 * English ones are in the bundle (en-first.ts); the rest (`LaterMessages`) is a lazy chunk. The maps keyed by
 * question or step (`choices`, `texts`, `groups`, `errors.required`) hold the first step's entries for certain and
 * may hold the others: a view drawn before the rest arrives reads only the first step's.
 */
export interface FirstMessages {
  readonly locale: Locale;
  readonly choices: ChoiceMap<FirstQuestionId> & Partial<ChoiceMap<LaterQuestionId>>;
  readonly texts?: Partial<LaterMessages['texts']>;
  /** Heading and hint of each step that groups several questions. */
  readonly groups: { readonly [FIRST_STEP]: GroupStrings } & Partial<LaterMessages['groups']>;
  readonly intro: {
    readonly title: string;
    readonly lead: (clinic: string | null) => string;
    readonly points: readonly string[];
    readonly privacy: string;
    readonly start: string;
    readonly resumeTitle: string;
    /** How far the saved draft got: its part (1-based), or null when every question is answered. */
    readonly resumeLead: (part: number | null, parts: number) => string;
    readonly resume: string;
    readonly restart: string;
    readonly draftDiscarded: string;
  };
  /** What every step's navigation shows; the words only later steps show come with them (`LaterMessages`). */
  readonly nav: {
    readonly back: string;
    readonly continue: string;
    /** "Part 2 of 5", followed on screen by " · " and the part's name. */
    readonly part: (part: number, parts: number) => string;
    /** The first part's name; the others' come with the later steps' words. */
    readonly parts: { readonly [FIRST_PART]: string } & Partial<LaterMessages['nav']['parts']>;
  } & Partial<Omit<LaterMessages['nav'], 'parts'>>;
  readonly errors: {
    readonly title: string;
    readonly prefix: string;
    /** A missing answer, said for its kind; what the later steps' questions can get wrong comes with them. */
    readonly messages: { readonly required: ErrorWords } & Partial<LaterMessages['errors']['messages']>;
    /**
     * What to do when a required question has no answer, said for that question (GOV.UK style: "Select where your
     * SMP is"): the error summary's link and the inline message, so each link alone says what is missing.
     */
    readonly required: { readonly [Q in FirstQuestionId]: string } & Partial<LaterMessages['errors']['required']>;
    readonly formIncomplete: string;
  };
  /** What the patient is told when something outside the widget fails (network, storage): never a silent loss. */
  readonly problems: {
    /** A part of the widget (the summary) could not be fetched; pressing the same button tries again. */
    readonly notLoaded: string;
    /** The draft could not be saved (storage full or blocked). */
    readonly notSaving: string;
    /** The intro's privacy line when nothing can be kept on this device. */
    readonly privacyNotKept: string;
  };
}

/** Every string of the steps after the first question, the review, the photos and the summary. */
export interface LaterMessages {
  /** Every language's name in this language ("Spanish" in English), for the "Answered in …" line. */
  readonly languageNames: { readonly [L in Locale]: string };
  readonly choices: ChoiceMap<LaterQuestionId>;
  readonly texts: { readonly [Q in TextQuestionId]: TextStrings };
  readonly sections: { readonly [S in SectionId]: string };
  readonly groups: { readonly [G in Exclude<GroupedStepId, typeof FIRST_STEP>]: GroupStrings };
  readonly errors: {
    readonly required: { readonly [Q in LaterQuestionId | 'concern-details']: string };
    /** Too long a text, "None of these" with other answers, an option that is not shown. */
    readonly messages: { readonly [E in Exclude<ErrorCode, 'required'>]: ErrorWords };
  };
  readonly nav: {
    /** The last question of a part, reached by the review's Change, goes back there. */
    readonly continueToReview: string;
    /** After the label of a question that may be left empty. */
    readonly optional: string;
    /** Said by a live region when follow-ups appear under the chosen answer. */
    readonly revealed: (questions: string) => string;
    /** The divider that sets an exclusive "None of these" apart from the other options (GOV.UK's "or"). */
    readonly or: string;
    readonly charactersLeft: (left: number) => string;
    readonly charactersTooMany: (over: number) => string;
    readonly parts: { readonly [P in Exclude<PartId, typeof FIRST_PART>]: string };
  };
  readonly problems: {
    /** The photo code could not be fetched; adding the photo again tries again. */
    readonly photoNotLoaded: string;
  };
  readonly review: {
    readonly title: string;
    readonly lead: string;
    readonly change: string;
    readonly notAnswered: string;
    readonly finish: string;
    readonly photosCount: (count: number) => string;
  };
  /** The summary's words: those the model's outputs carry (`Wording`), and the summary screen's own. */
  readonly summary: Wording['summary'] & {
    readonly screenLead: string;
    readonly attach: (clinic: string | null) => string;
    readonly copy: string;
    readonly copied: string;
    readonly copyFailed: string;
    readonly download: string;
    readonly print: string;
    readonly consult: string;
    readonly notDiagnosis: string;
    /** The status line at the top of the summary: it says plainly that nothing has been sent yet. */
    readonly readyNotSent: string;
    readonly sendNext: string;
    readonly send: string;
    readonly sendMissing: string;
    readonly nothingSent: string;
    readonly consultNext: (clinic: string | null) => string;
    readonly keepCopy: string;
    readonly downloaded: (file: string) => string;
    readonly printOpened: string;
  };
  readonly photos: {
    readonly title: string;
    readonly lead: string;
    readonly angles: { readonly [A in PhotoAngle]: string };
    readonly guidance: { readonly [A in PhotoAngle]: string };
    readonly tips: string;
    /** Where the photos stay until sent, and that the place and time they were taken are removed. */
    readonly privacy: string;
    /** "1 of 5 added". */
    readonly count: (added: number, total: number) => string;
    readonly add: string;
    readonly replace: string;
    readonly remove: string;
    readonly processing: string;
    readonly added: (angle: string) => string;
    readonly removed: (angle: string) => string;
    readonly notImage: string;
    readonly tooLarge: string;
    readonly cannotRead: string;
    readonly notKept: string;
    readonly notSaved: string;
  };
}

/**
 * Every string a patient or clinic sees: a locale file is typed against this (or against its two parts), so a
 * missing or extra question, option or message fails to compile. It satisfies the model's `Wording` (the words
 * the summary, text and FHIR carry), so a locale is what the model's builders take.
 */
export type Messages = FirstMessages & LaterMessages;
