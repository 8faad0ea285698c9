import type { Answers } from '../model/answers.js';
import { buildSummary } from '../model/summary.js';
import { combinedText, summaryText } from '../model/text.js';
import { buildQuestionnaireResponse } from '../model/fhir.js';
import type { QuestionnaireResponse } from '../model/fhir-types.js';
import type { PhotoInfo, Summary } from '../model/summary-types.js';
import { loadMessages, type Locale, type Messages } from '../locales/index.js';

export interface CompletionInput {
  readonly answers: Answers;
  readonly messages: Messages;
  readonly clinicLocale: Locale;
  readonly reference: string;
  readonly completedAt: Date;
  readonly partner: string | null;
  readonly hideEstimate: boolean;
  readonly questionnaireUrl: string;
  readonly photos: readonly { file: File; info: PhotoInfo }[];
  /** Base64 of each photo by file name when FHIR attachments carry the bytes (`fhir-photos="inline"`). */
  readonly photoData?: ReadonlyMap<string, string>;
}

export interface Completion {
  readonly summary: Summary;
  readonly text: string;
  readonly fhir: QuestionnaireResponse;
  readonly photos: File[];
}

/** Everything the clinic receives, built once when the patient finishes the review. */
export async function complete(input: CompletionInput): Promise<Completion> {
  const common = {
    now: input.completedAt,
    reference: input.reference,
    partner: input.partner,
    hideEstimate: input.hideEstimate,
    photos: input.photos.map((p) => p.info),
  };
  const summary = buildSummary(input.answers, { ...common, messages: input.messages });
  const patientText = summaryText(summary, input.messages);
  let text = patientText;
  if (input.clinicLocale !== input.messages.locale) {
    // Staff read the clinic's copy first, in their own language.
    const clinicMessages = await loadMessages(input.clinicLocale);
    const clinicSummary = buildSummary(input.answers, { ...common, messages: clinicMessages });
    text = combinedText(
      { text: patientText, messages: input.messages },
      { text: summaryText(clinicSummary, clinicMessages), messages: clinicMessages },
    );
  }
  return {
    summary,
    text,
    fhir: buildQuestionnaireResponse(summary, {
      questionnaireUrl: input.questionnaireUrl,
      ...(input.photoData ? { photoData: input.photoData } : {}),
    }),
    photos: input.photos.map((p) => p.file),
  };
}

/** The form value: `${name}` the text, `-json`, `-fhir` the FHIR resource and one `-photo` entry per photo. */
export function formData(name: string, completion: Completion): FormData {
  const data = new FormData();
  data.append(name, completion.text);
  data.append(`${name}-json`, JSON.stringify(completion.summary));
  data.append(`${name}-fhir`, JSON.stringify(completion.fhir));
  for (const photo of completion.photos) data.append(`${name}-photo`, photo, photo.name);
  return data;
}
