/**
 * The demo organisation a newcomer meets on the first start: a Danish municipality with a small
 * leader-group tree whose leaders have nearest managers, two closed rounds (the newer compares
 * with the older, whose action plan it shows), an open round in which two leaders have shared
 * their balance with their manager, and a follow-up round waiting for MED/AMO's approval.
 * Plain data; seed-demo.ts writes it.
 */
export interface DemoGroupSpec {
  key: string;
  name: string;
  parent?: string;
  leaders: number;
  /** How this group's answers lean: positive = more strain, and a resource shift. */
  strainBias: number;
  resourceBias: number;
  /** The nearest manager of the group's leaders (a demo staff member, so sharing with them works). */
  manager?: string;
}

export const demoOrganisation = { name: 'Syddal Kommune', slug: 'syddal-kommune' } as const;

export const demoGroups: DemoGroupSpec[] = [
  { key: 'direktion', name: 'Direktionen', leaders: 4, strainBias: 0.4, resourceBias: 0.5 },
  { key: 'sundhed', name: 'Sundhed og Omsorg', parent: 'direktion', leaders: 4, strainBias: 0.6, resourceBias: 0, manager: 'direktoer@syddal.example' },
  { key: 'pleje', name: 'Plejecentre', parent: 'sundhed', leaders: 8, strainBias: 1.1, resourceBias: -0.6, manager: 'chef.sundhed@syddal.example' },
  { key: 'hjemmepleje', name: 'Hjemmeplejen', parent: 'sundhed', leaders: 6, strainBias: 0.9, resourceBias: -0.3, manager: 'chef.sundhed@syddal.example' },
  { key: 'boern', name: 'Børn og Unge', parent: 'direktion', leaders: 3, strainBias: 0.3, resourceBias: 0.3, manager: 'direktoer@syddal.example' },
  { key: 'dagtilbud', name: 'Dagtilbud', parent: 'boern', leaders: 9, strainBias: 0.2, resourceBias: 0.6, manager: 'chef.boern@syddal.example' },
  { key: 'skoler', name: 'Skoler', parent: 'boern', leaders: 7, strainBias: 0.5, resourceBias: 0.2, manager: 'chef.boern@syddal.example' },
  // Deliberately small: shows "too few answers to show" on the dashboards.
  { key: 'teknik', name: 'Teknik og Miljø', parent: 'direktion', leaders: 2, strainBias: 0, resourceBias: 0.4, manager: 'direktoer@syddal.example' },
];

export const demoFirstNames = [
  'Anne',
  'Mette',
  'Lars',
  'Henrik',
  'Susanne',
  'Jens',
  'Camilla',
  'Peter',
  'Louise',
  'Søren',
  'Marianne',
  'Thomas',
  'Pia',
  'Morten',
  'Birgitte',
  'Rasmus',
  'Helle',
  'Niels',
  'Tina',
  'Jesper',
  'Charlotte',
  'Kasper',
  'Lene',
  'Mads',
];
export const demoLastNames = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Holm',
];

export const demoStaff = [
  { email: 'hr@syddal.example', name: 'Hanne Holm', role: 'HR_ADMIN' },
  { email: 'direktoer@syddal.example', name: 'Erik Lund', role: 'TOP_MANAGEMENT' },
  { email: 'med@syddal.example', name: 'Karen Bach', role: 'MED_AMO' },
  { email: 'chef.sundhed@syddal.example', name: 'Ole Dam', role: 'MANAGER_OF_LEADERS', scopeGroup: 'sundhed' },
  { email: 'chef.boern@syddal.example', name: 'Lise Skov', role: 'MANAGER_OF_LEADERS', scopeGroup: 'boern' },
] as const;

export const demoComments = {
  strain: ['Det er svært at nå både drift og udvikling i samme uge.', 'Mange møder på tværs tager tid fra medarbejderne.'],
  resource: ['God sparring i ledergruppen, når vi får tid til det.', 'Min chef er tilgængelig, når det brænder på.'],
} as const;

/** The plan the groups made after the oldest round: the newer round's dashboard shows it beside the change. */
export const demoEarlierActions = [
  { group: null, title: 'Fælles lederforum for alle ledere to gange om året', factorKey: 'good-relations', responsibleLevel: 'TOP_MANAGEMENT', priority: 1, status: 'DONE' },
  { group: 'pleje', title: 'Fast sparring med nærmeste leder hver 14. dag', factorKey: 'support-sparring', responsibleLevel: 'MANAGERS_OF_LEADERS', priority: 1, status: 'DONE' },
  { group: 'pleje', title: 'Færre tværgående møder i vagtplanlægningen', factorKey: 'workload-boundarylessness', responsibleLevel: 'HR', priority: 2, status: 'IN_PROGRESS' },
  { group: 'dagtilbud', title: 'Ledergruppemøde med tid til refleksion', factorKey: 'recovery-reflection', responsibleLevel: 'LEADERS', priority: 2, status: 'DONE' },
  { group: 'skoler', title: 'Klarere rammer for skoleledernes beslutninger', factorKey: 'clear-leadership-space', responsibleLevel: 'TOP_MANAGEMENT', priority: 1, status: 'DROPPED' },
] as const;

/** How many leaders of the open round, in Plejecentre, have shared their own balance with their manager. */
export const demoSharesInOpenRound = 2;
