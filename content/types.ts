/**
 * Shapes of the leader-wellbeing content. Data only: everything under content/
 * is typed, versioned text — no logic beyond lookups lives here.
 */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

/** A text in every supported language. The type makes a missing translation a compile error. */
export type Localized = Record<Locale, string>;

export type Side = 'strain' | 'resource';

/** One strain or resource of the leader version of the balance scale ("Vægten"). */
export interface BalanceFactor {
  /** Stable key, never reused or renamed once published (e.g. "cross-pressure"). */
  key: string;
  side: Side;
  title: Localized;
  /** One or two sentences from the seed, shown "one tap away" in the questionnaire. */
  explanation: Localized;
  /** Sub-points from the seed, e.g. the four tensions of cross-pressure. May be empty. */
  details: Localized[];
  /** The theme (see Theme.key) this factor is discussed under. */
  themeKey: string;
}

/**
 * Where a text comes from: `seed` — BFA's words, found verbatim in the seed (a test checks);
 * `adapted` — reworded from a passage of the seed; `ledertrivsel` — the product's own, not in
 * the seed, and marked as such wherever it is shown.
 */
export type Origin = 'seed' | 'adapted' | 'ledertrivsel';

export interface DialogueQuestion {
  /** Stable key, unique across the whole model (notes and actions refer to it). */
  key: string;
  text: Localized;
  origin: Origin;
}

export interface Theme {
  key: string;
  title: Localized;
  explanation: Localized;
  /** The seed's "Det vigtige ved dette tema er altså:" points, word for word, shown as a list. */
  keyPoints: Localized[];
  questions: DialogueQuestion[];
}

export type RelationDirection = 'up' | 'inward' | 'out' | 'team' | 'management' | 'across';

export interface LeaderRelation {
  key: RelationDirection;
  title: Localized;
  description: Localized;
  /** Of the description: the seed describes some relations, others only name them in its figure. */
  origin: Origin;
}

export type ResponsibleLevel = 'top-management' | 'hr' | 'med-amo' | 'managers-of-leaders' | 'leaders';

export interface RoleResponsibility {
  key: ResponsibleLevel;
  title: Localized;
  responsibilities: Localized[];
}

/**
 * The seed's three kinds of dialogue question, held by every step of the introduction:
 * "Om forholdene hos jer", "Om hvem der kan gøre hvad", "Om hvor I med fordel kan starte".
 */
export const dialogueKindKeys = ['conditions', 'who-can-do-what', 'where-to-start'] as const;
export type DialogueKind = (typeof dialogueKindKeys)[number];

/** A step's dialogue questions under the three kinds (the seed's headings are LeaderWellbeingModel.dialogueKinds). */
export type DialogueByKind = Record<DialogueKind, DialogueQuestion[]>;

export interface IntroductionStep {
  key: 'knowledge' | 'organisational-frame' | 'tools';
  number: 1 | 2 | 3;
  /** The step's short name in the seed's overview of the three steps ("Trin 2: Metode til forankring"). */
  label: Localized;
  title: Localized;
  summary: Localized;
  dialogue: DialogueByKind;
}

export interface FollowUpTool {
  key: string;
  number: 1 | 2 | 3;
  title: Localized;
  summary: Localized;
  /** Dialogue questions to start the tool's conversation with (adapted from the seed's model). */
  questions?: DialogueQuestion[];
}

export interface SourceCredit {
  title: Localized;
  publisher: Localized;
  note: Localized;
  /** What is the product's own: the marked wording and the numeric balance. */
  ownWork: Localized;
}

export interface LeaderWellbeingModel {
  version: string;
  source: SourceCredit;
  purpose: Localized;
  /** Who the introduction tool is for (the seed's "Målgruppe"), word for word. */
  audience: Localized[];
  /** The seed's page "Undersøgelse: Hvad ved vi om lederes arbejdsmiljø?": the study behind the model. */
  research: { title: Localized; intro: Localized; findings: Localized[]; link: { label: Localized; url: string } };
  /** The four reasons to focus on leaders' wellbeing. */
  reasons: { title: Localized; text: Localized }[];
  generalModel: {
    title: Localized;
    explanation: Localized;
    typicalStrains: Localized[];
    typicalResources: Localized[];
    imbalanceQuestions: Localized[];
  };
  strains: BalanceFactor[];
  resources: BalanceFactor[];
  themes: Theme[];
  /** The summary dialogue beside the balance scale (how is the balance, what to turn down/up, evenly spread?). */
  summaryQuestions: DialogueQuestion[];
  /** The seed's page "Vigtigheden af lederens relationer": its title and its opening claim, word for word. */
  relationsIntro: { title: Localized; text: Localized };
  relations: LeaderRelation[];
  roles: RoleResponsibility[];
  /** The headings of the three kinds of dialogue question, in the seed's words and order. */
  dialogueKinds: { key: DialogueKind; title: Localized }[];
  introductionSteps: IntroductionStep[];
  followUpTools: FollowUpTool[];
  /** Reflection questions shown to a leader beside their own balance. */
  personalReflectionQuestions: DialogueQuestion[];
}

/** A questionnaire item on the fixed 1–5 scale, tied to one balance factor. */
export interface ScaleItem {
  /** Stable key, e.g. "strain.cross-pressure.expectations"; never changes once a round used it. */
  key: string;
  side: Side;
  factorKey: string;
  /**
   * A name of at most ~32 characters for chart axes, the heatmap and exports
   * ("Krydspres: mål vs ressourcer"); the full question (`text`) stays one hover or tap away.
   * Unique within the version.
   */
  shortLabel: Localized;
  text: Localized;
}

export interface QuestionnaireVersion {
  /** e.g. "2026.1"; a round freezes the version it opened with. */
  version: string;
  modelVersion: string;
  items: ScaleItem[];
  /** Labels for 1..5: "how much this strain weighs on me" / "how much of this resource I have". */
  scaleLabels: Record<Side, Localized[]>;
  relations: { key: string; relation: RelationDirection; shortLabel: Localized; text: Localized }[];
  /** Labels for −2..+2 (index 0 = −2). */
  relationScaleLabels: Localized[];
  overall: { key: string; shortLabel: Localized; text: Localized; labels: Localized[] };
}
