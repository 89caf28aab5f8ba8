import { DialogueByKind, QuestionText } from '@/components/model/DialogueByKind';
import { OriginMark } from '@/components/model/OriginMark';
import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { leaderWellbeingModel as model } from '@/content/leader-wellbeing/model';
import type { BalanceFactor, DialogueQuestion } from '@/content/types';
import { toLocale } from '@/i18n/locale';
import { pick } from '@/lib/platform/i18n/localized';
import type { Locale } from '@/content/types';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('model'))('title') };
}

function Questions({ questions, locale, label }: { questions: DialogueQuestion[]; locale: Locale; label: string }) {
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">{label}</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {questions.map((question) => (
          <li key={question.key}>
            <QuestionText question={question} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function FactorList({ factors, locale, explain, side }: { factors: BalanceFactor[]; locale: Locale; explain: string; side: 'strain' | 'resource' }) {
  const accent = side === 'strain' ? 'border-[var(--color-strain)]' : 'border-[var(--color-resource)]';
  return (
    <ul className="space-y-2">
      {factors.map((factor) => (
        <li key={factor.key} className={`rounded-md border-l-4 ${accent} bg-white p-3`}>
          <details>
            <summary className="cursor-pointer font-medium">
              <span>{pick(factor.title, locale)}</span> <span className="sr-only">– {explain}</span>
            </summary>
            <p className="mt-2 text-[var(--color-muted)]">{pick(factor.explanation, locale)}</p>
            {factor.details.length > 0 ? (
              <ul className="mt-2 list-disc pl-5 text-sm">
                {factor.details.map((detail) => (
                  <li key={detail.da}>{pick(detail, locale)}</li>
                ))}
              </ul>
            ) : null}
          </details>
        </li>
      ))}
    </ul>
  );
}

export default async function ModelPage() {
  const t = await getTranslations('model');
  const locale = toLocale(await getLocale());
  return (
    <article className="space-y-12">
      <header>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 max-w-3xl text-lg text-[var(--color-muted)]">{t('lead')}</p>
        <div className="mt-4 max-w-3xl">
          <h2 className="font-semibold">{t('audienceTitle')}</h2>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {model.audience.map((line) => (
              <li key={line.da}>{pick(line, locale)}</li>
            ))}
          </ul>
        </div>
      </header>

      <section aria-labelledby="research" className={cn(cardClass, 'p-5')}>
        <h2 id="research" className="text-2xl font-semibold">
          {pick(model.research.title, locale)}
        </h2>
        <p className="mt-2 max-w-3xl">{pick(model.research.intro, locale)}</p>
        <ul className="mt-2 max-w-3xl list-disc space-y-2 pl-5">
          {model.research.findings.map((finding) => (
            <li key={finding.da}>{pick(finding, locale)}</li>
          ))}
        </ul>
        <p className="mt-3">
          <a href={model.research.link.url} className="font-medium text-brand underline underline-offset-4" rel="noreferrer">
            {pick(model.research.link.label, locale)}
          </a>
        </p>
      </section>

      <section aria-labelledby="leader-version">
        <h2 id="leader-version" className="text-2xl font-semibold">
          {t('leaderVersionTitle')}
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-lg font-semibold text-[var(--color-strain)]">{t('strains')}</h3>
            <FactorList factors={model.strains} locale={locale} explain={t('showExplanation')} side="strain" />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-semibold text-[var(--color-resource)]">{t('resources')}</h3>
            <FactorList factors={model.resources} locale={locale} explain={t('showExplanation')} side="resource" />
          </div>
        </div>
      </section>

      <section aria-labelledby="general-model">
        <h2 id="general-model" className="text-2xl font-semibold">
          {pick(model.generalModel.title, locale)}
        </h2>
        <p className="mt-2 max-w-3xl">{pick(model.generalModel.explanation, locale)}</p>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div>
            <h3 className="font-semibold">{t('typicalStrains')}</h3>
            <ul className="mt-1 list-disc pl-5">
              {model.generalModel.typicalStrains.map((s) => (
                <li key={s.da}>{pick(s, locale)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">{t('typicalResources')}</h3>
            <ul className="mt-1 list-disc pl-5">
              {model.generalModel.typicalResources.map((s) => (
                <li key={s.da}>{pick(s, locale)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section aria-labelledby="themes">
        <h2 id="themes" className="text-2xl font-semibold">
          {t('themesTitle')}
        </h2>
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {model.themes.map((theme) => (
            <section key={theme.key} aria-labelledby={`theme-${theme.key}`} className={cn(cardClass, 'p-5')}>
              <h3 id={`theme-${theme.key}`} className="text-lg font-semibold">
                {pick(theme.title, locale)}
              </h3>
              <p className="mt-2 text-[var(--color-muted)]">{pick(theme.explanation, locale)}</p>
              <h4 className="mt-3 font-semibold">{t('keyPointsTitle')}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {theme.keyPoints.map((point) => (
                  <li key={point.da}>{pick(point, locale)}</li>
                ))}
              </ul>
              <Questions questions={theme.questions} locale={locale} label={t('dialogueQuestions')} />
            </section>
          ))}
        </div>
        <div className={cn(cardClass, 'mt-4 p-5')}>
          <h3 className="text-lg font-semibold">{t('summaryTitle')}</h3>
          <Questions questions={model.summaryQuestions} locale={locale} label={t('dialogueQuestions')} />
        </div>
      </section>

      <section aria-labelledby="relations">
        <h2 id="relations" className="text-2xl font-semibold">
          {t('relationsTitle')}
        </h2>
        <p className="mt-2 max-w-3xl">
          <span className="font-semibold">{pick(model.relationsIntro.title, locale)}:</span> {pick(model.relationsIntro.text, locale)}
        </p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2 md:grid-cols-3">
          {model.relations.map((relation) => (
            <li key={relation.key} className="rounded-md border border-stone-200 bg-white p-4">
              <p className="font-medium">{pick(relation.title, locale)}</p>
              <p className="mt-1 text-sm text-[var(--color-muted)]">
                {pick(relation.description, locale)}
                <OriginMark origin={relation.origin} />
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles">
        <h2 id="roles" className="text-2xl font-semibold">
          {t('rolesTitle')}
        </h2>
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-3">
                  {t('roleColumn')}
                </th>
                <th scope="col" className="p-3">
                  {t('responsibilityColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.roles.map((role) => (
                <tr key={role.key} className="border-b border-stone-200 align-top">
                  <th scope="row" className="p-3 font-medium">
                    {pick(role.title, locale)}
                  </th>
                  <td className="p-3">
                    <ul className="list-disc space-y-1 pl-5">
                      {role.responsibilities.map((r) => (
                        <li key={r.da}>{pick(r, locale)}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="steps">
        <h2 id="steps" className="text-2xl font-semibold">
          {t('stepsTitle')}
        </h2>
        <ol className="mt-4 space-y-4">
          {model.introductionSteps.map((step) => (
            <li key={step.key} className={cn(cardClass, 'p-5')}>
              <p className="text-sm font-semibold text-[var(--color-brand)]">
                {t('stepNumber', { number: step.number })} · {pick(step.label, locale)}
              </p>
              <h3 className="text-lg font-semibold">{pick(step.title, locale)}</h3>
              <p className="mt-1 text-[var(--color-muted)]">{pick(step.summary, locale)}</p>
              <h4 className="mt-3 text-sm font-semibold uppercase tracking-wide text-[var(--color-muted)]">{t('dialogueQuestions')}</h4>
              <div className="mt-1">
                <DialogueByKind dialogue={step.dialogue} locale={locale} headingLevel={5} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="tools">
        <h2 id="tools" className="text-2xl font-semibold">
          {t('toolsTitle')}
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-3">
          {model.followUpTools.map((tool) => (
            <li key={tool.key} className={cn(cardClass, 'p-5')}>
              <p className="text-sm font-semibold text-[var(--color-brand)]">{t('toolNumber', { number: tool.number })}</p>
              <h3 className="font-semibold">{pick(tool.title, locale)}</h3>
              <p className="mt-1 text-sm text-[var(--color-muted)]">{pick(tool.summary, locale)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="reasons">
        <h2 id="reasons" className="text-2xl font-semibold">
          {t('reasonsTitle')}
        </h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-2">
          {model.reasons.map((reason) => (
            <li key={reason.title.da} className={cn(cardClass, 'p-5')}>
              <h3 className="font-semibold">{pick(reason.title, locale)}</h3>
              <p className="mt-1 text-[var(--color-muted)]">{pick(reason.text, locale)}</p>
            </li>
          ))}
        </ol>
        <div className="mt-6 space-y-2 text-sm text-[var(--color-muted)]" data-testid="source-credit">
          <p>
            {pick(model.source.title, locale)} · {pick(model.source.publisher, locale)} · {pick(model.source.note, locale)}
          </p>
          <p>{pick(model.source.ownWork, locale)}</p>
        </div>
      </section>
    </article>
  );
}
