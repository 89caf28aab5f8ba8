import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import type { LeaderPool } from '@/lib/domains/responses/pool';
import type { PoolConcernOutcome } from '@/lib/domains/responses/pool-concern';
import { POOL_CONCERN_MAX_LENGTH } from '@/lib/domains/responses/schemas';
import { html, type Html } from '@/lib/platform/html/html';
import { intlLocaleOf } from '@/lib/platform/i18n/intl-locale';

/** Up to this many names are listed openly; more (a whole organisation) go behind a disclosure. */
const OPEN_NAMES = 12;

interface PoolProps {
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
 * are not leaders there is visible to the one leader it targets — with a way to tell MED/AMO
 * (decision 0008). A plain form (posted to app/api/r/[token]/pool-concern) and <details>.
 */
export async function poolHtml({ locale, pool, threshold, organisationName, token, outcome }: PoolProps): Promise<Html> {
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
  const names = html`<ul class="mt-2 list-disc pl-5 ${columns}">
      ${pool.names.map((name) => html`<li class="break-inside-avoid py-0.5">${name}</li>`)}${
        pool.erased > 0 ? html`<li class="break-inside-avoid py-0.5 italic text-[var(--color-muted)]">${t('erased', { count: pool.erased })}</li>` : null
      }
    </ul>
    ${more > 0 ? html`<p class="mt-1 text-[var(--color-muted)]">${t('more', { count: more })}</p>` : null}`;

  const listing =
    pool.others === 0
      ? html`<p class="mt-3 font-medium">${t('noOthers', { population })}</p>`
      : pool.others <= OPEN_NAMES
        ? html`<div class="mt-3">
            <p class="font-medium">${invitedWith}</p>
            ${names}
          </div>`
        : html`<details class="group mt-3">
            <summary class="cursor-pointer">
              <span class="font-medium">${invitedWith}</span> <span class="text-[var(--color-brand)] underline underline-offset-2 group-open:hidden">${t('showNames')}</span>
            </summary>
            ${names}
          </details>`;

  const status = outcome
    ? html`<p role="status" class="mt-4 rounded-md border p-3 font-medium ${outcome === 'sent' ? 'border-[var(--color-resource)] bg-[var(--color-resource-soft)]' : 'border-red-300 bg-red-50'}">
        ${tc(`outcome.${outcome}`, {
          max: POOL_CONCERN_MAX_LENGTH,
        })}
      </p>`
    : null;

  const concern =
    pool.others === 0
      ? null
      : html`<details class="mt-4 border-t border-stone-200 pt-4" ${outcome === 'invalid' || outcome === 'error' ? html` open` : null}>
          <summary class="cursor-pointer font-medium text-[var(--color-brand)]">${tc('summary')}</summary>
          <form action="/api/r/${token}/pool-concern" method="post" class="mt-3 space-y-3">
            <p>${tc('text')}</p>
            <p>${tc(pool.concernsGoTo === 'med-amo' ? 'toMedAmo' : 'toHr', { organisation: organisationName })} ${tc('anonymous')}</p>
            <div>
              <label for="pool-message" class="block font-medium">${tc('messageLabel')}</label
              ><textarea
                id="pool-message"
                name="message"
                rows="4"
                maxlength="${POOL_CONCERN_MAX_LENGTH}"
                aria-describedby="pool-message-hint"
                class="mt-1 block w-full rounded-md border border-stone-400 p-2"
              ></textarea>
              <p id="pool-message-hint" class="mt-1 text-sm text-[var(--color-muted)]">${tc('messageHint', { max: POOL_CONCERN_MAX_LENGTH })}</p>
            </div>
            <button type="submit" class="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">${tc(pool.concernsGoTo === 'med-amo' ? 'submitMedAmo' : 'submitHr')}</button>
          </form>
        </details>`;

  return html`<section id="pool" aria-labelledby="pool-title" class="rounded-card border border-border bg-surface shadow-card max-w-3xl scroll-mt-4 p-5">
    <h2 id="pool-title" class="font-semibold">${t('title')}</h2>
    <p class="mt-2">${own ? t('countedIn', { group: own, above: list.format([...above, t('wholeOrganisation')]) }) : t('countedInWhole')}</p>
    <p class="mt-2">${pool.population.shown ? t('smallest', { population, threshold }) : t('tooFewInRound', { threshold })}</p>
    ${listing}${pool.others > 0 ? html`<p class="mt-2 text-sm text-[var(--color-muted)]">${t('listNote')}</p>` : null}${status}${concern}
  </section>`;
}
