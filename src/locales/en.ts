import { enFirst } from './en-first.js';
import { enLater } from './en-later.js';
import { mergeMessages } from './merge.js';
import type { Messages } from './types.js';

/**
 * English, whole: the default locale. The widget itself never imports this file: it has `enFirst` in the bundle
 * and loads `enLater` when the patient gets past the first question (src/locales/index.ts). Tests, scripts and
 * the FHIR Questionnaire use it.
 */
export const en: Messages = mergeMessages(enFirst, enLater);
