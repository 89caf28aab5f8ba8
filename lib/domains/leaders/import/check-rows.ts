import { compareDanish } from '@/lib/platform/format/danish-order';
import { pathOf, pathResolver, type GroupRow } from '@/lib/domains/groups/tree';
import { isUuid } from '@/lib/platform/validation/uuid';
import { EMPLOYEE_NUMBER_MAX, employeeNumberSchema, leaderEmailSchema, leaderNameSchema, LEADER_NAME_MAX } from '../schemas';
import { matchLeader, type KeyedLeader } from './match-leader';
import type { ParsedCsv, RawRow } from './parse-csv';
import type { FileProblem, RowProblem } from './problems';

export interface ExistingLeader extends KeyedLeader {
  groupId: string;
  managerEmail: string | null;
  locale: 'da' | 'en' | null;
}

export interface ImportContext {
  /** All the organisation's groups, archived ones included (to say "archived" rather than "unknown"). */
  groups: readonly GroupRow[];
  /** The organisation's leaders by (lower-case) e-mail. */
  existing: ReadonlyMap<string, ExistingLeader>;
}

/** What a row changes for a leader already on file; `group` is a move. */
export type RowChange = 'name' | 'email' | 'group' | 'managerEmail' | 'language' | 'employeeNumber';

export interface PreviewRow extends RawRow {
  groupId: string | null;
  groupPath: string | null;
  locale: 'da' | 'en' | null;
  problems: RowProblem[];
  /** For a row without problems: a new leader, a leader on file with changes, or one without. */
  outcome: 'add' | 'update' | 'unchanged' | null;
  /** The leader on file the row updates (matched by employee number or e-mail). */
  leaderId: string | null;
  changes: RowChange[];
  /** The address on file when the row changes it: a redirected address is worth a second look. */
  previousEmail: string | null;
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
  /** The file has an employee-number column, so rows were matched on it first. */
  keyedByEmployeeNumber: boolean;
}

const languages: Record<string, 'da' | 'en'> = { da: 'da', dansk: 'da', danish: 'da', en: 'en', engelsk: 'en', english: 'en' };

/**
 * What a row would change for the leader on file. A column the file leaves out changes nothing
 * (next year's export may lack the language); an empty manager or language cell clears it.
 */
function changesOf(
  row: { name: string; email: string; groupId: string; managerEmail: string; locale: 'da' | 'en' | null; employeeNumber: string },
  leader: ExistingLeader,
  columns: ReadonlySet<string>,
): RowChange[] {
  const changes: RowChange[] = [];
  if (row.name !== leader.name) changes.push('name');
  if (row.email !== leader.email) changes.push('email');
  if (row.groupId !== leader.groupId) changes.push('group');
  if (columns.has('manager_email') && (row.managerEmail === '' ? null : row.managerEmail) !== leader.managerEmail) changes.push('managerEmail');
  if (columns.has('language') && row.locale !== leader.locale) changes.push('language');
  if (row.employeeNumber !== '' && row.employeeNumber !== leader.employeeNumber) changes.push('employeeNumber');
  return changes;
}

/**
 * Every row with every problem it has — not only the first — so HR can fix the whole file in
 * one go. A row whose e-mail — or, when the file has the column, employee number — is on file
 * updates that leader (next year's export from the HR system imports again; see match-leader.ts);
 * an archived leader's e-mail or number is a problem, since bringing someone back is a decision
 * of its own.
 */
export function checkRows(parsed: ParsedCsv, context: ImportContext): ImportPreview {
  const columns = new Set<string>(parsed.columns);
  const byId = new Map(context.groups.map((g) => [g.id, g]));
  const resolve = pathResolver(context.groups);
  const firstRowOf = new Map<string, number>();
  const firstRowOfNumber = new Map<string, number>();
  const keys = { byEmail: context.existing, byEmployeeNumber: new Map([...context.existing.values()].filter((l) => l.employeeNumber !== null).map((l) => [l.employeeNumber!, l])) };
  const rowOfLeader = new Map<string, number>();
  const mentioned = new Set<string>();

  const rows = parsed.rows.map((raw): PreviewRow => {
    const problems: RowProblem[] = [];

    if (raw.name === '') problems.push({ code: 'nameMissing', column: 'name' });
    else if (!leaderNameSchema.safeParse(raw.name).success) problems.push({ code: 'nameTooLong', column: 'name', values: { limit: LEADER_NAME_MAX } });

    let email = raw.email;
    // Valid and not a repeat: only then is the row matched (a repeat has said all there is to say).
    let emailValid = false;
    if (raw.email === '') problems.push({ code: 'emailMissing', column: 'email' });
    else {
      const parsedEmail = leaderEmailSchema.safeParse(raw.email);
      if (!parsedEmail.success) problems.push({ code: 'emailInvalid', column: 'email' });
      else {
        email = parsedEmail.data;
        const first = firstRowOf.get(email);
        if (first !== undefined) problems.push({ code: 'emailDuplicateInFile', column: 'email', values: { row: first } });
        else firstRowOf.set(email, raw.row);
        emailValid = first === undefined;
      }
    }

    const employeeNumber = raw.employeeNumber;
    let numberValid = true;
    if (employeeNumber !== '') {
      numberValid = employeeNumberSchema.safeParse(employeeNumber).success;
      if (!numberValid) problems.push({ code: 'employeeNumberTooLong', column: 'employeeNumber', values: { limit: EMPLOYEE_NUMBER_MAX } });
      const first = firstRowOfNumber.get(employeeNumber);
      if (first !== undefined) problems.push({ code: 'employeeNumberDuplicateInFile', column: 'employeeNumber', values: { row: first } });
      else firstRowOfNumber.set(employeeNumber, raw.row);
      numberValid &&= first === undefined;
    }

    // Every leader either key points at counts as "in the file", even on a row with problems.
    const byEmail = emailValid ? context.existing.get(email) : undefined;
    const byNumber = employeeNumber !== '' ? keys.byEmployeeNumber.get(employeeNumber) : undefined;
    if (byEmail) mentioned.add(byEmail.id);
    if (byNumber) mentioned.add(byNumber.id);
    let onFile: ExistingLeader | null = null;
    if (emailValid && numberValid) {
      const match = matchLeader(email, employeeNumber, keys);
      problems.push(...match.problems);
      onFile = match.leader;
      const earlier = onFile ? rowOfLeader.get(onFile.id) : undefined;
      if (onFile && earlier !== undefined) {
        problems.push({ code: 'leaderTwiceInFile', column: 'email', values: { row: earlier, name: onFile.name } });
        onFile = null;
      } else if (onFile) rowOfLeader.set(onFile.id, raw.row);
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

    const changes = problems.length === 0 && onFile ? changesOf({ name: raw.name, email, groupId: groupId!, managerEmail, locale, employeeNumber }, onFile, columns) : [];
    const outcome = problems.length > 0 ? null : !onFile ? 'add' : changes.length > 0 ? 'update' : 'unchanged';
    const previousEmail = changes.includes('email') ? onFile!.email : null;
    return { ...raw, email, managerEmail, groupId, groupPath: groupId ? pathOf(byId, groupId) : null, locale, problems, outcome, leaderId: onFile?.id ?? null, changes, previousEmail };
  });

  const problemRows = rows.filter((r) => r.problems.length > 0).length;
  const count = (outcome: PreviewRow['outcome']) => rows.filter((r) => r.outcome === outcome).length;
  const missing = [...context.existing]
    .filter(([, leader]) => !leader.archived && !mentioned.has(leader.id))
    .map(([email, leader]) => ({ id: leader.id, name: leader.name, email, groupPath: pathOf(byId, leader.groupId) }))
    .sort((a, b) => compareDanish(a.name, b.name));
  return {
    rows,
    fileProblems: parsed.fileProblems,
    ignoredColumns: parsed.ignoredColumns,
    problemRows,
    ready: parsed.fileProblems.length === 0 && rows.length > 0 && problemRows === 0,
    counts: { add: count('add'), update: count('update'), move: rows.filter((r) => r.changes.includes('group')).length, unchanged: count('unchanged') },
    missing: parsed.fileProblems.length > 0 ? [] : missing,
    keyedByEmployeeNumber: columns.has('employee_number'),
  };
}
