import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { GroupBalanceScale } from '@/components/results/BalancePanel';
import { SuppressedNotice } from '@/components/results/SuppressedNotice';
import { ThemeDistributions } from '@/components/results/ThemeDistributions';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { DialogueQuestion, Locale, QuestionnaireVersion } from '@/content/types';
import type { ViewResult } from '@/lib/domains/results/views';
import type { Slide } from './PresentationView';
import { RolesTable } from './RolesTable';

export interface WorkshopSlide extends Slide {
  step: 1 | 2 | 3;
}

export interface SlideRenderers {
  /** A question list: with notes and "create action" on the page, plain and large on the screen. */
  questions: (questions: readonly DialogueQuestion[]) => ReactNode;
  /** A "create action from this chart" control beside a chart (the page only). */
  chartAction?: (source: { key: string; label: string; factorKey?: string }) => ReactNode;
}

const m = leaderWellbeingModel;

/**
 * The introduction tool's three steps as a sequence of slides — the same content on the
 * workshop page and on the meeting-room screen: (1) knowledge (the balance model, the leader
 * version, the four themes with the group's items, the summary with the group's balance);
 * (2) the organisational frame (roles and responsibilities); (3) the three tools. A hidden
 * group gets the dashboards' notice where its figures would be.
 */
export async function workshopSlides({
  result,
  threshold,
  questionnaire,
  locale,
  render,
}: {
  result: ViewResult;
  threshold: number;
  questionnaire: QuestionnaireVersion;
  locale: Locale;
  render: SlideRenderers;
}): Promise<WorkshopSlide[]> {
  const t = await getTranslations('workshop.slides');
  const [knowledge, frame, tools] = m.introductionSteps;
  const kicker = (step: { number: number; title: { da: string; en: string } }) => t('kicker', { number: step.number, title: step.title[locale] });
  const hidden = result.suppressed ? <SuppressedNotice reason={result.reason} participation={result.participation} threshold={threshold} /> : null;
  const list = (items: readonly { da: string; en: string }[]) => (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.da}>{item[locale]}</li>
      ))}
    </ul>
  );
  const factors = (side: 'strains' | 'resources') => (
    <dl className="space-y-3">
      {m[side].map((f) => (
        <div key={f.key}>
          <dt className="font-semibold">{f.title[locale]}</dt>
          <dd className="text-[0.9em] text-[var(--color-muted)]">{f.explanation[locale]}</dd>
        </div>
      ))}
    </dl>
  );

  return [
    {
      key: 'balance-model',
      step: 1,
      kicker: kicker(knowledge!),
      title: m.generalModel.title[locale],
      body: (
        <>
          <p>{knowledge!.summary[locale]}</p>
          <p>{m.generalModel.explanation[locale]}</p>
          <div className="grid gap-6 md:grid-cols-2">
            <div>
              <h4 className="font-semibold">{t('typicalStrains')}</h4>
              {list(m.generalModel.typicalStrains)}
            </div>
            <div>
              <h4 className="font-semibold">{t('typicalResources')}</h4>
              {list(m.generalModel.typicalResources)}
            </div>
          </div>
          {render.questions(knowledge!.questions)}
        </>
      ),
    },
    {
      key: 'leader-version',
      step: 1,
      kicker: kicker(knowledge!),
      title: t('leaderVersion'),
      body: (
        <div className="grid gap-8 md:grid-cols-2">
          <div>
            <h4 className="font-semibold">{t('strains')}</h4>
            {factors('strains')}
          </div>
          <div>
            <h4 className="font-semibold">{t('resources')}</h4>
            {factors('resources')}
          </div>
        </div>
      ),
    },
    ...m.themes.map((theme): WorkshopSlide => ({
      key: `theme-${theme.key}`,
      step: 1,
      kicker: kicker(knowledge!),
      title: t('theme', { title: theme.title[locale] }),
      body: (
        <>
          <p>{theme.explanation[locale]}</p>
          {hidden ??
            (result.suppressed ? null : (
              <div className="space-y-3 text-base">
                <h4 className="text-lg font-semibold">{t('groupItems')}</h4>
                <ThemeDistributions themeKey={theme.key} figures={result.figures} comparison={null} questionnaire={questionnaire} locale={locale} />
                {render.chartAction?.({ key: `chart.theme.${theme.key}`, label: t('themeChart', { title: theme.title[locale] }), factorKey: theme.key })}
              </div>
            ))}
          {render.questions(theme.questions)}
        </>
      ),
    })),
    {
      key: 'summary',
      step: 1,
      kicker: kicker(knowledge!),
      title: t('summary'),
      body: (
        <>
          {hidden ??
            (result.suppressed ? null : (
              <div className="space-y-3 text-base">
                <GroupBalanceScale figures={result.figures} questionnaire={questionnaire} locale={locale} />
                {render.chartAction?.({ key: 'chart.balance', label: t('balanceChart') })}
              </div>
            ))}
          {render.questions(m.summaryQuestions)}
        </>
      ),
    },
    {
      key: 'roles',
      step: 2,
      kicker: kicker(frame!),
      title: t('roles'),
      body: (
        <>
          <p>{frame!.summary[locale]}</p>
          <RolesTable locale={locale} caption={t('roles')} />
          {render.questions(frame!.questions)}
        </>
      ),
    },
    {
      key: 'tools',
      step: 3,
      kicker: kicker(tools!),
      title: t('tools'),
      body: (
        <>
          <p>{tools!.summary[locale]}</p>
          <ol className="space-y-4">
            {m.followUpTools.map((tool) => (
              <li key={tool.key}>
                <p className="font-semibold">{t('tool', { number: tool.number, title: tool.title[locale] })}</p>
                <p className="text-[0.9em]">{tool.summary[locale]}</p>
              </li>
            ))}
          </ol>
          {render.questions(tools!.questions)}
        </>
      ),
    },
  ];
}
