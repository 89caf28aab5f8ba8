import { pathOf, pathResolver, type GroupRow } from '@/lib/domains/groups/tree';
import { isUuid } from '@/lib/platform/validation/uuid';
import { leaderEmailSchema, leaderNameSchema, LEADER_NAME_MAX } from '../schemas';
import type { ParsedCsv, RawRow } from './parse-csv';
import type { FileProblem, RowProblem } from './problems';

export interface ExistingLeader {
  id: string;
  name: string;
  groupId: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
  archived: boolean;
}

export interface ImportContext {
  /** All the organisation's groups, archived ones included (to say "archived" rather than "unknown"). */
  groups: readonly GroupRow[];
  /** The organisation's leaders by (lower-case) e-mail. */
  existing: ReadonlyMap<string, ExistingLeader>;
}

/** What a row changes for a leader already on file; `group` is a move. */
export type RowChange = 'name' | 'group' | 'managerEmail' | 'language';

export interface PreviewRow extends RawRow {
  groupId: string | null;
  groupPath: string | null;
  locale: 'da' | 'en' | null;
  problems: RowProblem[];
  /** For a row without problems: a new leader, a leader on file with changes, or one without. */
  outcome: 'add' | 'update' | 'unchanged' | null;
  /** The leader on file the row updates (matched by e-mail). */
  leaderId: string | null;
  changes: RowChange[];
}

/** An active leader on file whom the file does not mention: archived only when HR says the file is the whole list. */
export interface MissingLeader {
  id: string;
  name: string;
  email: string;
  groupPath: string;
}

export interface ImportPreview {
  rows: PreviewRow[];
  fileProblems: FileProblem[];
  ignoredColumns: string[];
  /** Rows with at least one problem. */
  problemRows: number;
  /** True when every row can be imported as it is. */
  ready: boolean;
  counts: { add: number; update: number; move: number; unchanged: number };
  missing: MissingLeader[];
}

const languages: Record<string, 'da' | 'en'> = { da: 'da', dansk: 'da', danish: 'da', en: 'en', engelsk: 'en', english: 'en' };

/**
 * What a row would change for the leader on file. A column the file leaves out changes nothing
 * (next year's export may lack the language); an empty manager or language cell clears it.
 */
function changesOf(row: { name: string; groupId: string; managerEmail: string; locale: 'da' | 'en' | null }, leader: ExistingLeader, columns: ReadonlySet<string>): RowChange[] {
  const changes: RowChange[] = [];
  if (row.name !== leader.name) changes.push('name');
  if (row.groupId !== leader.groupId) changes.push('group');
  if (columns.has('manager_email') && (row.managerEmail === '' ? null : row.managerEmail) !== leader.managerEmail) changes.push('managerEmail');
  if (columns.has('language') && row.locale !== leader.locale) changes.push('language');
  return changes;
}

/**
 * Every row with every problem it has — not only the first — so HR can fix the whole file in
 * one go. A row whose e-mail is on file updates that leader (next year's export from the HR
 * system imports again); an archived leader's e-mail is a problem, since bringing someone back
 * is a decision of its own.
 */
export function checkRows(parsed: ParsedCsv, context: ImportContext): ImportPreview {
  const columns = new Set<string>(parsed.columns);
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
        if (existing?.archived) problems.push({ code: 'emailExistsArchived', column: 'email', values: { name: existing.name } });
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

    const onFile = context.existing.get(email);
    const changes = problems.length === 0 && onFile ? changesOf({ name: raw.name, groupId: groupId!, managerEmail, locale }, onFile, columns) : [];
    const outcome = problems.length > 0 ? null : !onFile ? 'add' : changes.length > 0 ? 'update' : 'unchanged';
    return { ...raw, email, managerEmail, groupId, groupPath: groupId ? pathOf(byId, groupId) : null, locale, problems, outcome, leaderId: onFile?.id ?? null, changes };
  });

  const problemRows = rows.filter((r) => r.problems.length > 0).length;
  const count = (outcome: PreviewRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  const inFile = new Set(rows.map((r) => r.email));
  const missing = [...context.existing]
    .filter(([email, leader]) => !leader.archived && !inFile.has(email))
    .map(([email, leader]) => ({ id: leader.id, name: leader.name, email, groupPath: pathOf(byId, leader.groupId) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return {
    rows,
    fileProblems: parsed.fileProblems,
    ignoredColumns: parsed.ignoredColumns,
    problemRows,
    ready: parsed.fileProblems.length === 0 && rows.length > 0 && problemRows === 0,
    counts: { add: count('add'), update: count('update'), move: rows.filter((r) => r.changes.includes('group')).length, unchanged: count('unchanged') },
    missing: parsed.fileProblems.length > 0 ? [] : missing,
  };
}
