/**
 * What can be wrong with an import, as codes with values; the page words them in the user's
 * language (content/messages "import.problems.*" and "import.fileProblems.*").
 */
export type RowProblemCode =
  | 'nameMissing'
  | 'nameTooLong'
  | 'emailMissing'
  | 'emailInvalid'
  | 'emailDuplicateInFile'
  | 'emailExistsArchived'
  | 'groupMissing'
  | 'groupUnknown'
  | 'groupAmbiguous'
  | 'groupArchived'
  | 'managerEmailInvalid'
  | 'languageInvalid'
  | 'employeeNumberTooLong'
  | 'employeeNumberDuplicateInFile'
  | 'employeeNumberArchived'
  | 'employeeNumberEmailConflict'
  | 'emailHasOtherEmployeeNumber'
  | 'leaderTwiceInFile';

export type FileProblemCode = 'fileTooLarge' | 'tooManyRows' | 'empty' | 'missingColumns' | 'unreadable';

export interface RowProblem {
  code: RowProblemCode;
  /** The column the problem is in, so the page can point at the cell. */
  column: 'name' | 'email' | 'group' | 'managerEmail' | 'language' | 'employeeNumber';
  values?: Record<string, string | number>;
}

export interface FileProblem {
  code: FileProblemCode;
  values?: Record<string, string | number>;
}
