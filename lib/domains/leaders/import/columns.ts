/**
 * The import's columns and the headers accepted for each, in English and Danish. Headers are
 * compared without case, spaces, "-" or "_", so "E-mail", "e_mail" and "EMAIL" are one header.
 *
 *   name           name, navn, full name, fulde navn
 *   email          email, e-mail, mail, email address, e-mailadresse
 *   group          group, gruppe, ledergruppe, leader group, group id, gruppe id
 *                  (a path such as "Direktion/Sundhed", or a group's id)
 *   manager_email  manager_email, manager e-mail, leders_email, chef_email, chefens e-mail,
 *                  nærmeste leder e-mail ("leders" = the leader's own manager, the leader's leader)
 *   language       language, sprog, locale (da or en; optional)
 *   employee_number  employee number, employee id, medarbejdernummer, medarb.nr, lønnummer,
 *                  personalenummer (optional; when the file has it, it is the key a row is matched
 *                  on before the e-mail, so a changed address updates the leader — see check-rows.ts)
 */
export const importColumns = ['name', 'email', 'group', 'manager_email', 'language', 'employee_number'] as const;
export type ImportColumn = (typeof importColumns)[number];

export const requiredColumns: readonly ImportColumn[] = ['name', 'email', 'group'];

const aliases: Record<ImportColumn, string[]> = {
  name: ['name', 'navn', 'fullname', 'fuldenavn', 'ledersnavn', 'leadername'],
  email: ['email', 'mail', 'emailaddress', 'emailadresse'],
  group: ['group', 'gruppe', 'ledergruppe', 'leadergroup', 'groupid', 'gruppeid', 'grouppath', 'gruppesti'],
  manager_email: ['manageremail', 'managersemail', 'chefemail', 'chefensemail', 'nærmestelederemail', 'nærmesteledersemail', 'ledersemail'],
  language: ['language', 'sprog', 'locale'],
  employee_number: [
    'employeenumber',
    'employeeno',
    'employeeid',
    'staffnumber',
    'staffid',
    'personnelnumber',
    'medarbejdernummer',
    'medarbejdernr',
    'medarbnr',
    'medarbejderid',
    'lønnummer',
    'lønnr',
    'personalenummer',
    'personalenr',
    'ansatnummer',
    'ansatnr',
  ],
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLocaleLowerCase('da')
    .replace(/[\s_\-.]+/g, '');
}

const byAlias = new Map<string, ImportColumn>(Object.entries(aliases).flatMap(([column, names]) => names.map((n) => [normaliseHeader(n), column as ImportColumn] as const)));

export function columnFor(header: string): ImportColumn | null {
  return byAlias.get(normaliseHeader(header)) ?? null;
}

/** The example file's columns: one filled in by hand has no employee numbers, an HR system's export brings its own. */
export const exampleColumns = ['name', 'email', 'group', 'manager_email', 'language'] as const satisfies readonly ImportColumn[];

/** The headers the example file uses, per language. */
export const exampleHeaders: Record<'da' | 'en', Record<(typeof exampleColumns)[number], string>> = {
  da: { name: 'navn', email: 'e-mail', group: 'gruppe', manager_email: 'chef_email', language: 'sprog' },
  en: { name: 'name', email: 'email', group: 'group', manager_email: 'manager_email', language: 'language' },
};
