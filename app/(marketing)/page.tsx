import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing/model';
import { BalanceScale } from '@/components/balance/BalanceScale';
import { DemoOverviewPanel } from '@/components/demo/DemoOverviewPanel';
import { env, isDemoMode } from '@/lib/platform/env';
import { toLocale } from '@/i18n/locale';
import { pick } from '@/lib/platform/i18n/localized';

export const dynamic = 'force-dynamic';

const DEFAULT_THRESHOLD = 3;

export default async function HomePage() {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  // The model, not anyone's answers: every factor the same weight, so the beam is level — the balance the model describes.
  const illustrate = (factors: typeof leaderWellbeingModel.strains) => factors.map((factor) => ({ key: factor.key, label: pick(factor.title, locale), weight: 3 }));
  return (
    <div className="space-y-12">
      <section className="grid items-center gap-8 md:grid-cols-2">
        <div>
          <h1 className="text-3xl font-bold tracking-tight md:text-4xl">{t('home.title')}</h1>
          <p className="mt-4 text-lg leading-relaxed text-[var(--color-muted)]">{t('home.lead')}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <Link href="/sign-up" className="inline-block rounded-md bg-[var(--color-brand)] px-5 py-3 font-medium text-white hover:bg-blue-950">
              {t('home.signUp')}
            </Link>
            <Link href="/model" className="inline-block rounded-md border border-[var(--color-brand)] px-5 py-3 font-medium text-[var(--color-brand)] hover:bg-blue-50">
              {t('home.readModel')}
            </Link>
          </div>
        </div>
        <BalanceScale
          strains={illustrate(leaderWellbeingModel.strains)}
          resources={illustrate(leaderWellbeingModel.resources)}
          balance={0}
          illustration
          labels={{ title: t('scale.label'), strainsSide: t('scale.strainsSide'), resourcesSide: t('scale.resourcesSide'), tilt: t('home.scaleCaption') }}
        />
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-2xl font-semibold">
          {t('home.stepsTitle')}
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-3">
          {(['1', '2', '3'] as const).map((n) => (
            <li key={n} className={cn(cardClass, 'p-5')}>
              <h3 className="font-semibold">{t(`home.step${n}Title`)}</h3>
              <p className="mt-2 text-[var(--color-muted)]">{t(`home.step${n}Text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="trust-title" className="rounded-xl bg-[var(--color-resource-soft)] p-6">
        <h2 id="trust-title" className="text-xl font-semibold">
          {t('home.trustTitle')}
        </h2>
        <p className="mt-2">{t('home.trustText', { threshold: DEFAULT_THRESHOLD })}</p>
      </section>

      {isDemoMode(env()) ? <DemoOverviewPanel /> : null}
    </div>
  );
}
