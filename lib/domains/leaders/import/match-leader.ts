import type { RowProblem } from './problems';

/** A leader on file as the import matches rows against them. */
export interface KeyedLeader {
  id: string;
  name: string;
  email: string;
  employeeNumber: string | null;
  archived: boolean;
}

export interface LeaderKeys<L extends KeyedLeader> {
  byEmail: ReadonlyMap<string, L>;
  byEmployeeNumber: ReadonlyMap<string, L>;
}

export interface Match<L extends KeyedLeader> {
  /** The leader the row updates; null for a new leader or a row with a key problem. */
  leader: L | null;
  problems: RowProblem[];
}

/**
 * Which leader on file a row is about. Without an employee number the e-mail is the key, as it
 * always was. With one, the number comes first: the HR system keeps a person's number when it
 * gives them a new address, so a changed e-mail updates the leader (and their past invitations
 * stay theirs) instead of adding a stranger and archiving them. A new number whose e-mail is a
 * leader without a number gives that leader the number. Anything that would make the two keys
 * point at two people is a problem for HR to settle, never a guess: which one the row means
 * decides whose invitations and whose group a person ends up in.
 */
export function matchLeader<L extends KeyedLeader>(email: string, employeeNumber: string, keys: LeaderKeys<L>): Match<L> {
  const byEmail = keys.byEmail.get(email);
  const byNumber = employeeNumber === '' ? undefined : keys.byEmployeeNumber.get(employeeNumber);
  if (byNumber) {
    if (byNumber.archived) return refused({ code: 'employeeNumberArchived', column: 'employeeNumber', values: { name: byNumber.name } });
    if (byEmail && byEmail.id !== byNumber.id) return refused({ code: 'employeeNumberEmailConflict', column: 'employeeNumber', values: { name: byNumber.name, other: byEmail.name } });
    return { leader: byNumber, problems: [] };
  }
  if (!byEmail) return { leader: null, problems: [] };
  if (byEmail.archived) return refused({ code: 'emailExistsArchived', column: 'email', values: { name: byEmail.name } });
  // An empty number cell keeps the number on file: a key is never cleared by a blank.
  if (employeeNumber !== '' && byEmail.employeeNumber !== null) {
    return refused({ code: 'emailHasOtherEmployeeNumber', column: 'employeeNumber', values: { name: byEmail.name, number: byEmail.employeeNumber } });
  }
  return { leader: byEmail, problems: [] };
}

const refused = (problem: RowProblem): Match<never> => ({ leader: null, problems: [problem] });
