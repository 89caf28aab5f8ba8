/**
 * Questionnaire 2027.1 for leader-wellbeing model 2026.1.
 *
 * 2026.1 asked three items about cross-pressure for the seed's four tensions and none about the
 * relationship with the management team ("Gode relationer, især til nærmeste leder, ledergruppe
 * og til egne medarbejdere"). 2027.1 adds those two items and keeps every 2026.1 item word for
 * word under the same key, so a round on 2027.1 can be compared with one on 2026.1 over the items
 * both asked (lib/domains/results/comparison.ts).
 *
 * 27 items (11 strain, 16 resource) + 6 relations + 1 overall question. Once a round has used
 * this version, never change a key or the meaning of a text: add a new version instead.
 */
import type { QuestionnaireVersion, ScaleItem } from '../types';
import { questionnaire2026_1 } from './v2026-1';

const planningFlexibility: ScaleItem = {
  key: 'strain.cross-pressure.planning-flexibility',
  side: 'strain',
  factorKey: 'cross-pressure',
  shortLabel: { da: 'Krydspres: plan vs fleksibilitet', en: 'Cross-pressure: plan vs adapt' },
  text: {
    da: 'Jeg skal både planlægge og kunne handle fleksibelt, når noget uforudset sker, og de to trækker i hver sin retning.',
    en: 'I have to both plan ahead and act flexibly when something unforeseen happens, and the two pull in different directions.',
  },
};

const managementTeam: ScaleItem = {
  key: 'resource.good-relations.management-team',
  side: 'resource',
  factorKey: 'good-relations',
  shortLabel: { da: 'Relation til ledergruppen', en: 'Relations with management team' },
  text: {
    da: 'Jeg har gode relationer til de andre ledere i min ledergruppe.',
    en: 'I have good relationships with the other leaders in my management team.',
  },
};

/** 2026.1's items with each new one placed after the item it follows in the seed's own list. */
function withInserted(items: readonly ScaleItem[], additions: readonly { after: string; item: ScaleItem }[]): ScaleItem[] {
  return items.flatMap((item) => [item, ...additions.filter((a) => a.after === item.key).map((a) => a.item)]);
}

export const questionnaire2027_1: QuestionnaireVersion = {
  ...questionnaire2026_1,
  version: '2027.1',
  items: withInserted(questionnaire2026_1.items, [
    // Seed order: forventninger vs ressourcer, udvikling vs drift, planlægning vs fleksibilitet, interessenter.
    { after: 'strain.cross-pressure.development-operations', item: planningFlexibility },
    // Seed order: nærmeste leder, ledergruppe, egne medarbejdere.
    { after: 'resource.good-relations.immediate-manager', item: managementTeam },
  ]),
};
