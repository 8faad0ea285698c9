/** Kept apart from fhir.ts so the element can name the default URL without loading the FHIR builders. */

/** The default canonical URL of the Questionnaire; a clinic that publishes its own sets `questionnaire-url`. */
export const QUESTIONNAIRE_URL = 'https://smp-assessment.org/fhir/Questionnaire/smp-removal-self-assessment';
export const QUESTIONNAIRE_VERSION = '2.0.0';
/** One code system for every answer code, in both resources. */
export const CODE_SYSTEM = 'https://smp-assessment.org/fhir/CodeSystem/smp-assessment-answer';
export const REFERENCE_SYSTEM = 'https://smp-assessment.org/fhir/NamingSystem/smp-assessment-reference';
