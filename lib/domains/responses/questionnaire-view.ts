import { getFactor } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion, ScaleItem } from '@/content/types';

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

function scaleQuestion(item: ScaleItem, locale: Locale): ScaleQuestionView {
  const factor = getFactor(item.factorKey);
  return { key: item.key, text: item.text[locale], factorTitle: factor?.title[locale] ?? '', explanation: factor?.explanation[locale] ?? '' };
}

/** The frozen questionnaire version, localised, grouped into the two sides of the balance. */
export function questionnaireView(q: QuestionnaireVersion, locale: Locale): QuestionnaireView {
  return {
    locale,
    strains: q.items.filter((i) => i.side === 'strain').map((i) => scaleQuestion(i, locale)),
    resources: q.items.filter((i) => i.side === 'resource').map((i) => scaleQuestion(i, locale)),
    strainLabels: q.scaleLabels.strain.map((l) => l[locale]),
    resourceLabels: q.scaleLabels.resource.map((l) => l[locale]),
    relations: q.relations.map((r) => ({ key: r.key, text: r.text[locale] })),
    relationLabels: q.relationScaleLabels.map((l) => l[locale]),
    overall: { key: q.overall.key, text: q.overall.text[locale], labels: q.overall.labels.map((l) => l[locale]) },
  };
}
