/**
 * Kept apart from fhir.ts so the element can name the default URL without loading the FHIR builders. Only this one:
 * whatever this file holds is in the bundle before the first question (the summary's chunk shares it).
 */

/** The default canonical URL of the Questionnaire; a clinic that publishes its own sets `questionnaire-url`. */
export const QUESTIONNAIRE_URL = 'https://smp-assessment.org/fhir/Questionnaire/smp-removal-self-assessment';
