/**
 * The questionnaire as the page needs it: already in the chosen language, plain data, so the
 * client bundle carries no content catalogue and no logic beyond saving.
 */
export interface ScaleQuestionView {
  key: string;
  text: string;
  /** The factor's title and short explanation, one tap away. */
  factorTitle: string;
  explanation: string;
}

export interface QuestionnaireView {
  locale: 'da' | 'en';
  strains: ScaleQuestionView[];
  resources: ScaleQuestionView[];
  strainLabels: string[];
  resourceLabels: string[];
  relations: { key: string; text: string }[];
  relationLabels: string[];
  overall: { key: string; text: string; labels: string[] };
}

/** The page's texts, translated on the server (raw templates; see fill.ts), keyed "status.saved" etc. */
export type QuestionnaireLabels = Record<string, string>;
