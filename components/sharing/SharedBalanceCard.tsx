import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import { getLocale, getTranslations } from 'next-intl/server';
import { getFactor } from '@/content/leader-wellbeing';
import { getQuestionnaire } from '@/content/questionnaires';
import type { Locale } from '@/content/types';
import { BalanceScale } from '@/components/balance/BalanceScale';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { tiltOf } from '@/lib/domains/balance/balance';
import type { SharedBalanceCard as Card } from '@/lib/domains/sharing/share';

/**
 * One balance a leader shared with their manager — exactly what the leader's consent screen
 * promised (components/sharing/ShareWithManager.tsx): their name, the round, the day they shared,
 * the balance, the two side means and their answer to each strain and resource question.
 */
export async function SharedBalanceCard({ card, index, locale }: { card: Card; index: number; locale: Locale }) {
  const t = await getTranslations('sharedWithMe');
  const ts = await getTranslations('scale');
  const format = dateFormatter(toLocale(await getLocale()));
  const questionnaire = getQuestionnaire(card.questionnaireVersion);
  const labelOf = (key: string) => {
    const item = questionnaire?.items.find((q) => q.key === key);
    return { factor: getFactor(item?.factorKey ?? '')?.title[locale] ?? '', text: item?.text[locale] ?? key };
  };
  const side = (which: 'strain' | 'resource') => card.items.filter((i) => i.side === which);
  const weights = (which: 'strain' | 'resource') =>
    side(which).map((i) => {
      const label = labelOf(i.key);
      return { key: i.key, label: `${label.factor} – ${label.text}`, weight: i.value };
    });
  const id = `share-${index}`;
  const list = (which: 'strain' | 'resource') => (
    <div>
      <h4 className={`font-semibold ${which === 'strain' ? 'text-[var(--color-strain)]' : 'text-[var(--color-resource)]'}`}>{t(which === 'strain' ? 'strainsTitle' : 'resourcesTitle')}</h4>
      <ul className="mt-1 space-y-1 text-sm">
        {side(which).map((i) => {
          const label = labelOf(i.key);
          return (
            <li key={i.key} className="flex justify-between gap-3 border-b border-stone-100 py-1">
              <span>
                <span className="text-[var(--color-muted)]">{label.factor}: </span>
                {label.text}
              </span>
              <span className="shrink-0 font-medium tabular-nums">{t('itemValue', { value: i.value })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
  return (
    <section aria-labelledby={id} className={cn(cardClass, 'space-y-6')} data-testid="shared-balance">
      <header>
        <h2 id={id} className="text-xl font-semibold">
          {card.leaderName}
        </h2>
        <p className="text-sm text-[var(--color-muted)]">{t('sharedIn', { round: card.roundName, date: format.dateTime(card.sharedOn, { dateStyle: 'long' }) })}</p>
      </header>
      <div className="grid items-center gap-6 md:grid-cols-2">
        <BalanceScale
          strains={weights('strain')}
          resources={weights('resource')}
          balance={card.balance}
          labels={{
            title: ts('label'),
            strainsSide: ts('strainsSide'),
            resourcesSide: ts('resourcesSide'),
            tilt: ts('tilt', { tilt: card.balance === null ? 'none' : tiltOf(card.balance) }),
            ...(card.balance === null ? {} : { value: ts('balanceValue', { value: formatSigned(card.balance, locale) }) }),
          }}
        />
        <dl className="space-y-2">
          <div>
            <dt className="text-sm text-[var(--color-muted)]">{t('balance')}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{card.balance === null ? '–' : formatSigned(card.balance, locale)}</dd>
          </div>
          <div>
            <dt className="text-sm text-[var(--color-muted)]">{t('strainMean')}</dt>
            <dd className="font-medium tabular-nums">{card.strainMean === null ? '–' : formatMean(card.strainMean, locale)}</dd>
          </div>
          <div>
            <dt className="text-sm text-[var(--color-muted)]">{t('resourceMean')}</dt>
            <dd className="font-medium tabular-nums">{card.resourceMean === null ? '–' : formatMean(card.resourceMean, locale)}</dd>
          </div>
        </dl>
      </div>
      <div className="space-y-2">
        <h3 className="font-semibold">{t('answersTitle')}</h3>
        <div className="grid gap-6 md:grid-cols-2">
          {list('strain')}
          {list('resource')}
        </div>
      </div>
    </section>
  );
}
