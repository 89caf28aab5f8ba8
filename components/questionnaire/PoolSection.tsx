import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';
import type { LeaderPool } from '@/lib/domains/responses/pool';
import type { PoolConcernOutcome } from '@/lib/domains/responses/pool-concern';
import { POOL_CONCERN_MAX_LENGTH } from '@/lib/domains/responses/schemas';

/** Up to this many names are listed openly; more (a whole organisation) go behind a disclosure. */
const OPEN_NAMES = 12;

interface PoolSectionProps {
  locale: Locale;
  pool: LeaderPool;
  threshold: number;
  organisationName: string;
  token: string;
  /** How the last concern sent from this page went (`?pool=`). */
  outcome: PoolConcernOutcome | null;
}

/**
 * Whom the leader's answers are counted with: the groups, and the names of the others invited in
 * the smallest population their answers can be shown in — so that a group padded with people who
 * are not leaders there is visible to the one leader it targets — with a way to tell MED/AMO.
 * A plain form (posted to app/api/r/[token]/pool-concern) and <details>: it works without
 * JavaScript and ships none.
 */
export async function PoolSection({ locale, pool, threshold, organisationName, token, outcome }: PoolSectionProps) {
  const t = await getTranslations({ locale, namespace: 'pool.intro' });
  const tc = await getTranslations({ locale, namespace: 'pool.concern' });
  const list = new Intl.ListFormat(intlLocaleOf(locale), { type: 'conjunction' });
  const [own, ...above] = pool.countedIn;
  const { ref } = pool.population;
  const population =
    ref.groupId === null ? t('populationWhole') : ref.alone ? t('populationAlone', { group: pool.population.name ?? '' }) : t('populationGroup', { group: pool.population.name ?? '' });
  const more = pool.others - pool.erased - pool.names.length;
  const invitedWith = t('invitedWith', { population, count: pool.others });

  // A few names read best as one list; a long one in columns from tablet width up.
  const columns = pool.others > 6 ? 'gap-8 sm:columns-2 md:columns-3' : '';
  const names = (
    <>
      <ul className={`mt-2 list-disc pl-5 ${columns}`}>
        {pool.names.map((name, i) => (
          <li key={i} className="break-inside-avoid py-0.5">
            {name}
          </li>
        ))}
        {pool.erased > 0 ? <li className="break-inside-avoid py-0.5 italic text-[var(--color-muted)]">{t('erased', { count: pool.erased })}</li> : null}
      </ul>
      {more > 0 ? <p className="mt-1 text-[var(--color-muted)]">{t('more', { count: more })}</p> : null}
    </>
  );

  return (
    <section id="pool" aria-labelledby="pool-title" className="rounded-card border border-border bg-surface shadow-card max-w-3xl scroll-mt-4 p-5">
      <h2 id="pool-title" className="font-semibold">
        {t('title')}
      </h2>
      <p className="mt-2">{own ? t('countedIn', { group: own, above: list.format([...above, t('wholeOrganisation')]) }) : t('countedInWhole')}</p>
      <p className="mt-2">{pool.population.shown ? t('smallest', { population, threshold }) : t('tooFewInRound', { threshold })}</p>

      {pool.others === 0 ? (
        <p className="mt-3 font-medium">{t('noOthers', { population })}</p>
      ) : pool.others <= OPEN_NAMES ? (
        <div className="mt-3">
          <p className="font-medium">{invitedWith}</p>
          {names}
        </div>
      ) : (
        <details className="group mt-3">
          <summary className="cursor-pointer">
            <span className="font-medium">{invitedWith}</span> <span className="text-[var(--color-brand)] underline underline-offset-2 group-open:hidden">{t('showNames')}</span>
          </summary>
          {names}
        </details>
      )}
      {pool.others > 0 ? <p className="mt-2 text-sm text-[var(--color-muted)]">{t('listNote')}</p> : null}

      {outcome ? (
        <p role="status" className={`mt-4 rounded-md border p-3 font-medium ${outcome === 'sent' ? 'border-[var(--color-resource)] bg-[var(--color-resource-soft)]' : 'border-red-300 bg-red-50'}`}>
          {tc(`outcome.${outcome}`, { max: POOL_CONCERN_MAX_LENGTH })}
        </p>
      ) : null}

      {pool.others === 0 ? null : (
        <details className="mt-4 border-t border-stone-200 pt-4" open={outcome === 'invalid' || outcome === 'error'}>
          <summary className="cursor-pointer font-medium text-[var(--color-brand)]">{tc('summary')}</summary>
          <form action={`/api/r/${token}/pool-concern`} method="post" className="mt-3 space-y-3">
            <p>{tc('text')}</p>
            <p>
              {tc(pool.concernsGoTo === 'med-amo' ? 'toMedAmo' : 'toHr', { organisation: organisationName })} {tc('anonymous')}
            </p>
            <div>
              <label htmlFor="pool-message" className="block font-medium">
                {tc('messageLabel')}
              </label>
              <textarea
                id="pool-message"
                name="message"
                rows={4}
                maxLength={POOL_CONCERN_MAX_LENGTH}
                aria-describedby="pool-message-hint"
                className="mt-1 block w-full rounded-md border border-stone-400 p-2"
              />
              <p id="pool-message-hint" className="mt-1 text-sm text-[var(--color-muted)]">
                {tc('messageHint', { max: POOL_CONCERN_MAX_LENGTH })}
              </p>
            </div>
            <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
              {tc(pool.concernsGoTo === 'med-amo' ? 'submitMedAmo' : 'submitHr')}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
