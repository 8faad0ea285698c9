/**
 * The subset of FHIR R4 that this package writes, so the public types need no FHIR package.
 * Field names follow https://hl7.org/fhir/R4/questionnaire.html and questionnaireresponse.html.
 */

interface Coding {
  system?: string;
  code?: string;
  display?: string;
}

interface Attachment {
  contentType?: string;
  data?: string;
  title?: string;
  size?: number;
}

interface QuestionnaireEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerCoding?: Coding;
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: 'group' | 'display' | 'choice' | 'text' | 'string' | 'attachment';
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: QuestionnaireEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: { valueCoding: Coding }[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  subjectType?: string[];
  language?: string;
  description?: string;
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueString?: string;
  valueAttachment?: Attachment;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  identifier?: { system?: string; value?: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  authored?: string;
  language?: string;
  item?: QuestionnaireResponseItem[];
}
