import { cardClass } from '@/components/ui/Card';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import type { ShareState } from '@/lib/domains/sharing/share';

interface ShareWithManagerProps {
  locale: Locale;
  token: string;
  state: ShareState;
  outcome: string | undefined;
  shareAction: (formData: FormData) => Promise<void>;
  withdrawAction: (formData: FormData) => Promise<void>;
}

/** The same numbers, formatted the same way, as the manager's page shows them (components/sharing/SharedBalanceCard.tsx). */
const balanceText = (value: number | null, locale: Locale) => (value === null ? '–' : formatSigned(value, locale));
const meanText = (value: number | null, locale: Locale) => (value === null ? '–' : formatMean(value, locale));

/** The seed's tool 1: the leader may share their own balance with their nearest manager — never by default. */
export async function ShareWithManager({ locale, token, state, outcome, shareAction, withdrawAction }: ShareWithManagerProps) {
  const t = await getTranslations({ locale, namespace: 'sharing' });
  return (
    <section id="share" aria-labelledby="share-title" className={cardClass}>
      <h2 id="share-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      {outcome ? (
        <p role="status" className="mt-3 font-medium">
          {t(`outcome.${outcome === 'shared' || outcome === 'withdrawn' ? outcome : 'error'}`)}
        </p>
      ) : null}
      {state.sharedWithEarlier.length > 0 ? (
        <form action={withdrawAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <p>{t('sharedWithEarlier', { emails: state.sharedWithEarlier.join(', ') })}</p>
          {state.shared ? null : (
            <button type="submit" className="mt-3 rounded-md border border-stone-500 px-4 py-2">
              {t('withdraw')}
            </button>
          )}
        </form>
      ) : null}
      {!state.managerEmail ? (
        <p className="mt-3 text-[var(--color-muted)]">{t('noManager')}</p>
      ) : !state.managerHasAccess ? (
        <p className="mt-3 text-[var(--color-muted)]">{t('managerWithoutAccess', { email: state.managerEmail })}</p>
      ) : state.shared ? (
        <form action={withdrawAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <p>{t('sharedWith', { email: state.managerEmail })}</p>
          <p className="mt-2 max-w-3xl text-[var(--color-muted)]">{t('withdrawNote')}</p>
          <button type="submit" className="mt-3 rounded-md border border-stone-500 px-4 py-2">
            {t('withdraw')}
          </button>
        </form>
      ) : state.preview ? (
        <form action={shareAction} className="mt-4 space-y-3">
          <input type="hidden" name="token" value={token} />
          <p className="font-medium">{t('previewTitle', { email: state.managerEmail })}</p>
          <ul className="list-disc pl-5">
            <li>{t('previewWho')}</li>
            <li>{t('previewBalance', { value: balanceText(state.preview.balance, locale) })}</li>
            <li>{t('previewMeans', { strain: meanText(state.preview.strainMean, locale), resource: meanText(state.preview.resourceMean, locale) })}</li>
            <li>{t('previewItems', { count: state.preview.items.length })}</li>
            <li>{t('previewNot')}</li>
          </ul>
          <p className="max-w-3xl text-[var(--color-muted)]">{t('previewKept')}</p>
          <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
            {t('confirm')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
