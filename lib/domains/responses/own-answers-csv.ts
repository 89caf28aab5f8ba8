import type { Locale, QuestionnaireVersion } from '@/content/types';
import { csvFile } from '@/lib/platform/export/csv';
import { translatorFor } from '@/lib/platform/i18n/translator';
import type { OwnResponse } from './queries';

/**
 * A leader's own answers as a spreadsheet-friendly CSV (lib/platform/export/csv.ts): section, question,
 * answer and its label.
 */
export function ownAnswersCsv(q: QuestionnaireVersion, own: OwnResponse, locale: Locale): string {
  const t = translatorFor(locale);
  const rows: string[][] = [];
  for (const item of q.items) {
    const value = own.answers[item.key];
    const labels = q.scaleLabels[item.side];
    rows.push([
      t(`questionnaire.${item.side === 'strain' ? 'strains' : 'resources'}.title`),
      item.text[locale],
      value === undefined ? '' : String(value),
      value === undefined ? '' : labels[value - 1]![locale],
    ]);
  }
  for (const relation of q.relations) {
    const value = own.answers[relation.key];
    rows.push([t('questionnaire.relations.title'), relation.text[locale], value === undefined ? '' : String(value), value === undefined ? '' : q.relationScaleLabels[value + 2]![locale]]);
  }
  const overall = own.answers[q.overall.key];
  rows.push([t('questionnaire.overall.title'), q.overall.text[locale], overall === undefined ? '' : String(overall), overall === undefined ? '' : q.overall.labels[overall - 1]![locale]]);
  if (own.comments.strain) rows.push([t('questionnaire.strains.title'), t('questionnaire.comment.strain'), '', own.comments.strain]);
  if (own.comments.resource) rows.push([t('questionnaire.resources.title'), t('questionnaire.comment.resource'), '', own.comments.resource]);
  const header = locale === 'da' ? ['Del', 'Spørgsmål', 'Svar', 'Betydning'] : ['Section', 'Question', 'Answer', 'Meaning'];
  // The comments are the leader's free text: a formula in them must not run in their spreadsheet.
  return csvFile([[header, ...rows]], { locale });
}
