import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { getTranslations } from 'next-intl/server';

/**
 * The roles and responsibilities table of the introduction tool's step 2: who can do what.
 * Each level's responsibilities run as one short paragraph rather than a list, so that the five
 * levels fit one slide of the meeting-room screen beside the dialogue questions.
 */
export async function RolesTable({ locale, caption }: { locale: Locale; caption: string }) {
  const t = await getTranslations('workshop.slides');
  return (
    <table className="w-full border-collapse text-left text-[0.8em] leading-snug">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-stone-300">
          <th scope="col" className="py-1 pr-4">
            {t('rolesLevel')}
          </th>
          <th scope="col" className="py-1">
            {t('rolesResponsibility')}
          </th>
        </tr>
      </thead>
      <tbody>
        {leaderWellbeingModel.roles.map((role) => (
          <tr key={role.key} className="border-b border-stone-200 align-top">
            <th scope="row" className="w-[30%] py-1.5 pr-4 font-semibold">
              {role.title[locale]}
            </th>
            <td className="py-1.5">{role.responsibilities.map((r) => r[locale]).join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
