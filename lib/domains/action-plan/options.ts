import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, ResponsibleLevel as ContentLevel } from '@/content/types';
import type { ResponsibleLevel } from '@/lib/generated/prisma/enums';
import { pathOf } from '@/lib/domains/groups/tree';
import type { DialogueReach } from '@/lib/domains/workshop/access';

/** The database's responsible levels and the roles table's keys in content/ are the same five levels. */
export const levelContentKey: Record<ResponsibleLevel, ContentLevel> = {
  TOP_MANAGEMENT: 'top-management',
  HR: 'hr',
  MED_AMO: 'med-amo',
  MANAGERS_OF_LEADERS: 'managers-of-leaders',
  LEADERS: 'leaders',
};

export interface ActionFormOptions {
  levels: { value: ResponsibleLevel; label: string }[];
  strains: { value: string; label: string }[];
  resources: { value: string; label: string }[];
}

/** The choices an action form offers, named as the roles table and the balance model name them. */
export function actionFormOptions(locale: Locale): ActionFormOptions {
  const m = leaderWellbeingModel;
  return {
    levels: (Object.keys(levelContentKey) as ResponsibleLevel[]).map((value) => ({
      value,
      label: m.roles.find((r) => r.key === levelContentKey[value])?.title[locale] ?? value,
    })),
    strains: m.strains.map((f) => ({ value: f.key, label: f.title[locale] })),
    resources: m.resources.map((f) => ({ value: f.key, label: f.title[locale] })),
  };
}

export function levelLabel(level: ResponsibleLevel, locale: Locale): string {
  return leaderWellbeingModel.roles.find((r) => r.key === levelContentKey[level])?.title[locale] ?? level;
}

/**
 * The groups a planner reaches in the round, in its tree order, each named by its path in the
 * round's snapshot ("Direktionen / Sundhed og Omsorg") — a name a select can show and a screen
 * reader can say, where indenting with spaces would only read as blanks.
 */
export function reachedGroups(reach: Pick<DialogueReach, 'ctx' | 'groupIds'>): { id: string; path: string }[] {
  const snapshot = reach.ctx.visibility.groups;
  const byId = new Map(snapshot.map((g) => [g.groupId, { id: g.groupId, name: g.name, parentId: g.parentGroupId, archivedAt: null }]));
  return snapshot.filter((g) => reach.groupIds.has(g.groupId)).map((g) => ({ id: g.groupId, path: pathOf(byId, g.groupId) }));
}
