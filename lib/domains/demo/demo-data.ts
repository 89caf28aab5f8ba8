/**
 * The demo organisation a newcomer meets on the first start: a Danish municipality with a
 * small leader-group tree, one closed round and one open round. Plain data; seed-demo.ts writes it.
 */
export interface DemoGroupSpec {
  key: string;
  name: string;
  parent?: string;
  leaders: number;
  /** How this group's answers lean: positive = more strain, and a resource shift. */
  strainBias: number;
  resourceBias: number;
}

export const demoOrganisation = { name: 'Syddal Kommune', slug: 'syddal-kommune' } as const;

export const demoGroups: DemoGroupSpec[] = [
  { key: 'direktion', name: 'Direktionen', leaders: 4, strainBias: 0.4, resourceBias: 0.5 },
  { key: 'sundhed', name: 'Sundhed og Omsorg', parent: 'direktion', leaders: 4, strainBias: 0.6, resourceBias: 0 },
  { key: 'pleje', name: 'Plejecentre', parent: 'sundhed', leaders: 8, strainBias: 1.1, resourceBias: -0.6 },
  { key: 'hjemmepleje', name: 'Hjemmeplejen', parent: 'sundhed', leaders: 6, strainBias: 0.9, resourceBias: -0.3 },
  { key: 'boern', name: 'Børn og Unge', parent: 'direktion', leaders: 3, strainBias: 0.3, resourceBias: 0.3 },
  { key: 'dagtilbud', name: 'Dagtilbud', parent: 'boern', leaders: 9, strainBias: 0.2, resourceBias: 0.6 },
  { key: 'skoler', name: 'Skoler', parent: 'boern', leaders: 7, strainBias: 0.5, resourceBias: 0.2 },
  // Deliberately small: shows "too few answers to show" on the dashboards.
  { key: 'teknik', name: 'Teknik og Miljø', parent: 'direktion', leaders: 2, strainBias: 0, resourceBias: 0.4 },
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
] as const;

export const demoComments = {
  strain: ['Det er svært at nå både drift og udvikling i samme uge.', 'Mange møder på tværs tager tid fra medarbejderne.'],
  resource: ['God sparring i ledergruppen, når vi får tid til det.', 'Min chef er tilgængelig, når det brænder på.'],
} as const;
