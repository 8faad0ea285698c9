import { canonicalUrl, onePartnerLine } from '../model/attributes.js';
import { QUESTIONNAIRE_URL } from '../model/fhir-constants.js';
import { buildSummary } from '../model/summary.js';
import { combinedText, summaryText } from '../model/text.js';
import { buildQuestionnaireResponse } from '../model/fhir.js';
import type { QuestionnaireResponse } from '../model/fhir-types.js';
import type { Summary } from '../model/summary-types.js';
import { loadMessages, matchLocale } from '../locales/index.js';
import type { CompletionInput } from '../controllers/completion.js';

export interface Completion {
  readonly summary: Summary;
  readonly text: string;
  readonly fhir: QuestionnaireResponse;
  readonly photos: File[];
}

/** Everything the clinic receives, built once when the patient finishes the review. */
export async function complete(input: CompletionInput): Promise<Completion> {
  const { attributes, meta } = input;
  const photos = input.photos.list();
  const common = {
    now: new Date(meta.completedAt),
    reference: meta.reference,
    partner: onePartnerLine(attributes.partner),
    hideEstimate: attributes.hideEstimate,
    photos: photos.map((p) => p.info),
  };
  const clinicLocale = matchLocale(attributes.clinicLang) ?? 'en';
  const questionnaireUrl = canonicalUrl(attributes.questionnaireUrl) ?? QUESTIONNAIRE_URL;
  // Every attribute is read above, before the wait: the outputs follow the element as it was when asked.
  const photoData = attributes.fhirPhotos === 'inline' ? await input.photos.base64() : undefined;
  const summary = buildSummary(input.answers, { ...common, messages: input.messages });
  const patientText = summaryText(summary, input.messages);
  let text = patientText;
  if (clinicLocale !== input.messages.locale) {
    // Staff read the clinic's copy first, in their own language.
    const clinicMessages = await loadMessages(clinicLocale);
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
      questionnaireUrl,
      ...(photoData ? { photoData } : {}),
    }),
    photos: photos.map((p) => p.file),
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
