import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/content/types';
import type { ShareState } from '@/lib/sharing/share';

interface ShareWithManagerProps {
  locale: Locale;
  token: string;
  state: ShareState;
  outcome: string | undefined;
  shareAction: (formData: FormData) => Promise<void>;
  withdrawAction: (formData: FormData) => Promise<void>;
}

function formatNumber(value: number | null, locale: Locale): string {
  return value === null ? '–' : new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);
}

/** The seed's tool 1: the leader may share their own balance with their nearest manager — never by default. */
export async function ShareWithManager({ locale, token, state, outcome, shareAction, withdrawAction }: ShareWithManagerProps) {
  const t = await getTranslations({ locale, namespace: 'sharing' });
  return (
    <section id="share" aria-labelledby="share-title" className="rounded-xl border border-stone-300 bg-white p-6">
      <h2 id="share-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      {outcome ? (
        <p role="status" className="mt-3 font-medium">
          {t(`outcome.${outcome === 'shared' || outcome === 'withdrawn' ? outcome : 'error'}`)}
        </p>
      ) : null}
      {!state.managerEmail ? (
        <p className="mt-3 text-[var(--color-muted)]">{t('noManager')}</p>
      ) : !state.managerHasAccess ? (
        <p className="mt-3 text-[var(--color-muted)]">{t('managerWithoutAccess', { email: state.managerEmail })}</p>
      ) : state.shared ? (
        <form action={withdrawAction} className="mt-4">
          <input type="hidden" name="token" value={token} />
          <p>{t('sharedWith', { email: state.managerEmail })}</p>
          <button type="submit" className="mt-3 rounded-md border border-stone-500 px-4 py-2">
            {t('withdraw')}
          </button>
        </form>
      ) : state.preview ? (
        <form action={shareAction} className="mt-4 space-y-3">
          <input type="hidden" name="token" value={token} />
          <p className="font-medium">{t('previewTitle', { email: state.managerEmail })}</p>
          <ul className="list-disc pl-5">
            <li>{t('previewBalance', { value: formatNumber(state.preview.balance, locale) })}</li>
            <li>{t('previewMeans', { strain: formatNumber(state.preview.strainMean, locale), resource: formatNumber(state.preview.resourceMean, locale) })}</li>
            <li>{t('previewItems', { count: state.preview.items.length })}</li>
            <li>{t('previewNot')}</li>
          </ul>
          <button type="submit" className="rounded-md bg-[var(--color-brand)] px-4 py-2 font-medium text-white">
            {t('confirm')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
