import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import { actorCan } from '@/lib/domains/auth/actor';
import type { Round } from '@/lib/generated/prisma/client';
import type { OrgSession } from '@/lib/edges/session/org-actor';
import { listPoolConcerns } from '@/lib/domains/responses/pool-concerns';

/**
 * On the round page, for HR and MED/AMO: leaders who said someone listed beside them is not a
 * leader in their group. Anonymous by construction (lib/domains/responses/pool-concern.ts); the day only.
 * Nothing for a draft, which has no leaders yet to say anything.
 */
export async function PoolConcerns({ member, round }: { member: Pick<OrgSession, 'db' | 'actor'>; round: Pick<Round, 'id' | 'status'> }) {
  if (round.status === 'DRAFT' || !actorCan(member.actor, 'pool-concerns:read')) return null;
  const [concerns, t, format] = await Promise.all([listPoolConcerns(member.db, round.id), getTranslations('pool.staff'), getLocale().then((locale) => dateFormatter(toLocale(locale)))]);
  return (
    <section aria-labelledby="pool-concerns-title" className={cardClass}>
      <h2 id="pool-concerns-title" className="text-lg font-semibold">
        {t('title')} ({concerns.length})
      </h2>
      <p className="mt-1 text-sm text-[var(--color-muted)]">{t('intro')}</p>
      {concerns.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ul className="mt-4 divide-y divide-stone-200">
          {concerns.map((concern) => (
            <li key={concern.id} className="py-3">
              <p className="text-sm">
                <span className="font-semibold">{concern.groupName ?? t('wholeRound')}</span>
                <span className="text-[var(--color-muted)]">
                  {' · '}
                  <time dateTime={concern.day}>{format.dateTime(new Date(`${concern.day}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time>
                </span>
              </p>
              <p className={`mt-1 break-words whitespace-pre-line ${concern.message ? '' : 'text-[var(--color-muted)] italic'}`}>{concern.message || t('noMessage')}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
