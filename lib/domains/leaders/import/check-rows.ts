import { pathOf, pathResolver, type GroupRow } from '@/lib/domains/groups/tree';
import { isUuid } from '@/lib/platform/validation/uuid';
import { leaderEmailSchema, leaderNameSchema, LEADER_NAME_MAX } from '../schemas';
import type { ParsedCsv, RawRow } from './parse-csv';
import type { FileProblem, RowProblem } from './problems';

export interface ImportContext {
  /** All the organisation's groups, archived ones included (to say "archived" rather than "unknown"). */
  groups: readonly GroupRow[];
  /** The organisation's leaders by (lower-case) e-mail. */
  existing: ReadonlyMap<string, { name: string; archived: boolean }>;
}

export interface PreviewRow extends RawRow {
  groupId: string | null;
  groupPath: string | null;
  locale: 'da' | 'en' | null;
  problems: RowProblem[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  fileProblems: FileProblem[];
  ignoredColumns: string[];
  /** Rows with at least one problem. */
  problemRows: number;
  /** True when every row can be imported as it is. */
  ready: boolean;
}

const languages: Record<string, 'da' | 'en'> = { da: 'da', dansk: 'da', danish: 'da', en: 'en', engelsk: 'en', english: 'en' };

/**
 * Every row with every problem it has — not only the first — so HR can fix the whole file in
 * one go. An e-mail already in the organisation is a problem, not a silent skip: HR should see
 * that the file and the system disagree.
 */
export function checkRows(parsed: ParsedCsv, context: ImportContext): ImportPreview {
  const byId = new Map(context.groups.map((g) => [g.id, g]));
  const resolve = pathResolver(context.groups);
  const firstRowOf = new Map<string, number>();

  const rows = parsed.rows.map((raw): PreviewRow => {
    const problems: RowProblem[] = [];

    if (raw.name === '') problems.push({ code: 'nameMissing', column: 'name' });
    else if (!leaderNameSchema.safeParse(raw.name).success) problems.push({ code: 'nameTooLong', column: 'name', values: { limit: LEADER_NAME_MAX } });

    let email = raw.email;
    if (raw.email === '') problems.push({ code: 'emailMissing', column: 'email' });
    else {
      const parsedEmail = leaderEmailSchema.safeParse(raw.email);
      if (!parsedEmail.success) problems.push({ code: 'emailInvalid', column: 'email' });
      else {
        email = parsedEmail.data;
        const first = firstRowOf.get(email);
        if (first !== undefined) problems.push({ code: 'emailDuplicateInFile', column: 'email', values: { row: first } });
        else firstRowOf.set(email, raw.row);
        const existing = context.existing.get(email);
        if (existing) problems.push({ code: existing.archived ? 'emailExistsArchived' : 'emailExists', column: 'email', values: { name: existing.name } });
      }
    }

    let groupId: string | null = null;
    if (raw.group === '') problems.push({ code: 'groupMissing', column: 'group' });
    else if (isUuid(raw.group)) {
      const group = byId.get(raw.group.toLowerCase());
      if (!group) problems.push({ code: 'groupUnknown', column: 'group', values: { group: raw.group } });
      else if (group.archivedAt) problems.push({ code: 'groupArchived', column: 'group', values: { group: pathOf(byId, group.id) } });
      else groupId = group.id;
    } else {
      const match = resolve(raw.group);
      if (match.kind === 'found') groupId = match.id;
      else problems.push({ code: match.kind === 'ambiguous' ? 'groupAmbiguous' : 'groupUnknown', column: 'group', values: { group: raw.group } });
    }

    let managerEmail = raw.managerEmail;
    if (raw.managerEmail !== '') {
      const parsedManager = leaderEmailSchema.safeParse(raw.managerEmail);
      if (parsedManager.success) managerEmail = parsedManager.data;
      else problems.push({ code: 'managerEmailInvalid', column: 'managerEmail' });
    }

    let locale: 'da' | 'en' | null = null;
    if (raw.language !== '') {
      locale = languages[raw.language.toLowerCase()] ?? null;
      if (!locale) problems.push({ code: 'languageInvalid', column: 'language', values: { language: raw.language } });
    }

    return { ...raw, email, managerEmail, groupId, groupPath: groupId ? pathOf(byId, groupId) : null, locale, problems };
  });

  const problemRows = rows.filter((r) => r.problems.length > 0).length;
  return {
    rows,
    fileProblems: parsed.fileProblems,
    ignoredColumns: parsed.ignoredColumns,
    problemRows,
    ready: parsed.fileProblems.length === 0 && rows.length > 0 && problemRows === 0,
  };
}
