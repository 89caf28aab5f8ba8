import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale } from '@/content/types';
import { getTranslations } from 'next-intl/server';

/** The roles and responsibilities table of the introduction tool's step 2: who can do what. */
export async function RolesTable({ locale, caption }: { locale: Locale; caption: string }) {
  const t = await getTranslations('workshop.slides');
  return (
    <table className="w-full border-collapse text-left text-[0.85em]">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-stone-300">
          <th scope="col" className="py-2 pr-4">
            {t('rolesLevel')}
          </th>
          <th scope="col" className="py-2">
            {t('rolesResponsibility')}
          </th>
        </tr>
      </thead>
      <tbody>
        {leaderWellbeingModel.roles.map((role) => (
          <tr key={role.key} className="border-b border-stone-200 align-top">
            <th scope="row" className="py-2 pr-4 font-semibold">
              {role.title[locale]}
            </th>
            <td className="py-2">
              <ul className="list-disc space-y-1 pl-5">
                {role.responsibilities.map((r) => (
                  <li key={r.da}>{r[locale]}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
