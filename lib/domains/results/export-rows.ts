import { getFactor } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import type { Spread } from './figures';
import type { HiddenReason, ViewResult } from './views';

/** One exported view: who it covers and its state; figures only when shown. */
export interface ExportView {
  groupName: string;
  scope: 'organisation' | 'subtree' | 'alone';
  result: ViewResult;
}

export interface OverviewRow {
  group: string;
  scope: ExportView['scope'];
  /** The counts as the rule lets them show; `counts` says why they are missing. */
  invited: number | null;
  responded: number | null;
  responseRate: number | null;
  counts: 'shown' | 'too-few' | 'suppressed';
  status: 'shown' | HiddenReason;
  balance: number | null;
  strainMean: number | null;
  resourceMean: number | null;
}

export interface FigureRow {
  group: string;
  scope: ExportView['scope'];
  section: 'strain' | 'resource' | 'relation' | 'overall';
  key: string;
  factor: string;
  /** The short label the charts and the heatmap use, beside the question in full. */
  label: string;
  question: string;
  n: number;
  mean: number;
  sd: number;
  /** Answers per step, lowest first (relations: −2…+2). */
  distribution: number[];
}

/** One row per view. A hidden view has its status and the counts the rule lets show, and every figure cell empty. */
export function overviewRows(views: readonly ExportView[]): OverviewRow[] {
  return views.map(({ groupName, scope, result }) => ({
    group: groupName,
    scope,
    invited: typeof result.participation.invited === 'number' ? result.participation.invited : null,
    responded: result.participation.responded,
    responseRate: result.participation.responseRate,
    counts: result.participation.reason ?? 'shown',
    status: result.suppressed ? result.reason : 'shown',
    balance: result.suppressed ? null : result.figures.balance,
    strainMean: result.suppressed ? null : result.figures.strainMean,
    resourceMean: result.suppressed ? null : result.figures.resourceMean,
  }));
}

/** Item, relation and overall-question rows of the shown views only: a hidden view has no row here. */
export function figureRows(views: readonly ExportView[], questionnaire: QuestionnaireVersion, locale: Locale): FigureRow[] {
  const rows: FigureRow[] = [];
  const entries = [...questionnaire.items, ...questionnaire.relations, questionnaire.overall];
  const text = new Map(entries.map((e) => [e.key, e.text[locale]]));
  const label = new Map(entries.map((e) => [e.key, e.shortLabel[locale]]));
  for (const { groupName, scope, result } of views) {
    if (result.suppressed) continue;
    const row = (section: FigureRow['section'], key: string, factorKey: string | null, s: Spread): FigureRow => ({
      group: groupName,
      scope,
      section,
      key,
      factor: factorKey ? (getFactor(factorKey)?.title[locale] ?? factorKey) : '',
      label: label.get(key) ?? key,
      question: text.get(key) ?? key,
      n: s.n,
      mean: s.mean,
      sd: s.sd,
      distribution: [...s.distribution],
    });
    const f = result.figures;
    for (const item of [...f.strains, ...f.resources]) rows.push(row(item.side, item.key, item.factorKey, item));
    for (const relation of f.relations) rows.push(row('relation', relation.key, null, relation));
    if (f.overall) rows.push(row('overall', questionnaire.overall.key, null, f.overall));
  }
  return rows;
}
