import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { levelKey } from '@/lib/domains/apv/plan';
import type { ResponsibleLevel } from '@/lib/generated/prisma/enums';

/** The responsible level's name as the roles table in content calls it. */
export function levelTitle(level: ResponsibleLevel, locale: Locale): string {
  return leaderWellbeingModel.roles.find((r) => r.key === levelKey(level))?.title[locale] ?? level;
}
