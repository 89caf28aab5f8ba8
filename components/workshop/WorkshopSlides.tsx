import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { QuestionsOrKinds } from '@/components/model/DialogueByKind';
import { GroupBalanceScale } from '@/components/results/BalancePanel';
import { RelationsChart } from '@/components/results/RelationsChart';
import { SuppressedNotice } from '@/components/results/SuppressedNotice';
import { ThemeDistributions } from '@/components/results/ThemeDistributions';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import type { Locale, QuestionnaireVersion } from '@/content/types';
import { tiltOf } from '@/lib/domains/balance/balance';
import type { ViewResult } from '@/lib/domains/results/views';
import { formatMean, formatSigned } from '@/lib/platform/format/numbers';
import { RelationDescriptions } from './RelationDescriptions';
import { RolesTable } from './RolesTable';

/**
 * One slide of the workshop, in parts, so that the page and the meeting-room screen can lay
 * the same content out each in its own way: `main` is what the group looks at — its own
 * figures where the slide has them — and comes first; `questions` are the dialogue beside it;
 * `more` is the long explanation, read on the page and folded away on the screen.
 */
export interface WorkshopSlide {
  key: string;
  step: 1 | 2 | 3;
  /** "Trin 1 · Viden om ledertrivsel" — shown above the title. */
  kicker: string;
  title: string;
  /** A sentence or two that stay in view. */
  lead?: ReactNode;
  main: ReactNode;
  /** A theme's or the summary's questions as a list; a step's under the seed's three kinds. */
  questions: QuestionsOrKinds;
  more?: ReactNode;
  /** Text rather than figures: on the screen the main part takes more of the width. */
  wide?: boolean;
}

export interface SlideRenderers {
  /** A "create action from this chart" control beside a chart (the page only). */
  chartAction?: (source: { key: string; label: string; factorKey?: string }) => ReactNode;
}

const m = leaderWellbeingModel;

/**
 * The introduction tool's three steps as a sequence of slides: (1) knowledge (the balance
 * model with the group's balance, the leader version, the four themes with the group's items,
 * the leader's relations with the group's answers, the summary with the group's balance scale); (2) the organisational frame (roles and
 * responsibilities); (3) the three tools. A hidden group gets the dashboards' notice where its
 * figures would be.
 */
export async function workshopSlides({
  result,
  threshold,
  questionnaire,
  locale,
  render = {},
}: {
  result: ViewResult;
  threshold: number;
  questionnaire: QuestionnaireVersion;
  locale: Locale;
  render?: SlideRenderers;
}): Promise<WorkshopSlide[]> {
  const t = await getTranslations('workshop.slides');
  const ts = await getTranslations('scale');
  const [knowledge, frame, tools] = m.introductionSteps;
  const kicker = (step: { number: number; title: { da: string; en: string } }) => t('kicker', { number: step.number, title: step.title[locale] });
  const hidden = result.suppressed ? <SuppressedNotice reason={result.reason} participation={result.participation} threshold={threshold} /> : null;
  const figures = result.suppressed ? null : result.figures;
  const list = (items: readonly { da: string; en: string }[]) => (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.da}>{item[locale]}</li>
      ))}
    </ul>
  );
  const paragraphs = (...texts: string[]) => (
    <div className="space-y-3">
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  );
  // The group's balance and its two sides as three large numbers: what the meeting talks about first.
  const keyFigures = figures ? (
    <dl className="grid grid-cols-3 gap-3" data-testid="key-figures">
      {[
        {
          key: 'balance',
          label: t('figureBalance'),
          value: figures.balance === null ? '–' : formatSigned(figures.balance, locale),
          note: ts('tilt', { tilt: figures.balance === null ? 'none' : tiltOf(figures.balance) }),
        },
        { key: 'strains', label: t('strains'), value: figures.strainMean === null ? '–' : formatMean(figures.strainMean, locale), note: t('figureScale') },
        { key: 'resources', label: t('resources'), value: figures.resourceMean === null ? '–' : formatMean(figures.resourceMean, locale), note: t('figureScale') },
      ].map((f) => (
        <div key={f.key} className="rounded-lg border border-stone-200 bg-white px-3 py-2">
          <dt className="text-[0.8em] font-medium">{f.label}</dt>
          <dd className="text-[1.9em] leading-tight font-bold tabular-nums">{f.value}</dd>
          <dd className="text-[0.65em] text-[var(--color-muted)]">{f.note}</dd>
        </div>
      ))}
    </dl>
  ) : (
    hidden
  );
  const factorNames = (side: 'strains' | 'resources') => (
    <ul className="list-disc space-y-1 pl-6">
      {m[side].map((f) => (
        <li key={f.key}>{f.title[locale]}</li>
      ))}
    </ul>
  );
  const factorExplanations = (
    <dl className="space-y-3">
      {[...m.strains, ...m.resources].map((f) => (
        <div key={f.key}>
          <dt className="font-semibold">{f.title[locale]}</dt>
          <dd>{f.explanation[locale]}</dd>
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
      lead: <p>{knowledge!.summary[locale]}</p>,
      main: (
        <div className="space-y-4">
          {keyFigures}
          <div className="grid grid-cols-2 gap-6">
            <div>
              <h4 className="font-semibold">{t('typicalStrains')}</h4>
              {list(m.generalModel.typicalStrains)}
            </div>
            <div>
              <h4 className="font-semibold">{t('typicalResources')}</h4>
              {list(m.generalModel.typicalResources)}
            </div>
          </div>
        </div>
      ),
      questions: [],
      more: paragraphs(m.generalModel.explanation[locale]),
    },
    {
      key: 'leader-version',
      step: 1,
      kicker: kicker(knowledge!),
      title: t('leaderVersion'),
      main: (
        <div className="space-y-4">
          {keyFigures}
          <div className="grid grid-cols-2 gap-6">
            <div>
              <h4 className="font-semibold">{t('strains')}</h4>
              {factorNames('strains')}
            </div>
            <div>
              <h4 className="font-semibold">{t('resources')}</h4>
              {factorNames('resources')}
            </div>
          </div>
        </div>
      ),
      // The seed asks step 1's questions beside the leader version: "Brug oversigten til en
      // opsamlende drøftelse af, hvordan I ser på lederes arbejdsmiljø, hvordan det går hos jer …".
      questions: knowledge!.dialogue,
      more: factorExplanations,
    },
    ...m.themes.map((theme): WorkshopSlide => ({
      key: `theme-${theme.key}`,
      step: 1,
      kicker: kicker(knowledge!),
      title: t('theme', { title: theme.title[locale] }),
      main: figures ? (
        <div className="space-y-3 text-base">
          <h4 className="text-lg font-semibold">{t('groupItems')}</h4>
          <ThemeDistributions themeKey={theme.key} figures={figures} comparison={null} questionnaire={questionnaire} locale={locale} />
          {render.chartAction?.({ key: `chart.theme.${theme.key}`, label: t('themeChart', { title: theme.title[locale] }), factorKey: theme.key })}
        </div>
      ) : (
        hidden
      ),
      questions: theme.questions,
      more: (
        <>
          {paragraphs(theme.explanation[locale])}
          <ul className="list-disc space-y-1 pl-5">
            {theme.keyPoints.map((point) => (
              <li key={point.da}>{point[locale]}</li>
            ))}
          </ul>
        </>
      ),
    })),
    {
      // The seed's page "Vigtigheden af lederens relationer" sits with the themes under "Fra
      // belastning til konstruktivt krydspres"; the group's answers on the six relations beside it.
      key: 'relations',
      step: 1,
      kicker: kicker(knowledge!),
      title: m.relationsIntro.title[locale],
      lead: <p>{m.relationsIntro.text[locale]}</p>,
      main: figures ? (
        <div className="space-y-3 text-base">
          <RelationsChart title={t('relationsChart')} figures={figures} questionnaire={questionnaire} locale={locale} />
          {render.chartAction?.({ key: 'chart.relations', label: t('relationsChart') })}
        </div>
      ) : (
        hidden
      ),
      questions: [],
      more: <RelationDescriptions locale={locale} />,
    },
    {
      key: 'summary',
      step: 1,
      kicker: kicker(knowledge!),
      title: t('summary'),
      main: figures ? (
        <div className="space-y-3 text-base">
          <div className="mx-auto max-w-xl">
            <GroupBalanceScale figures={figures} questionnaire={questionnaire} locale={locale} />
          </div>
          {render.chartAction?.({ key: 'chart.balance', label: t('balanceChart') })}
        </div>
      ) : (
        hidden
      ),
      questions: m.summaryQuestions,
    },
    {
      key: 'roles',
      step: 2,
      kicker: kicker(frame!),
      title: t('roles'),
      wide: true,
      main: <RolesTable locale={locale} caption={t('roles')} />,
      questions: frame!.dialogue,
      // The table is the slide; the step's introduction waits in the fold.
      more: <p>{frame!.summary[locale]}</p>,
    },
    {
      key: 'tools',
      step: 3,
      kicker: kicker(tools!),
      title: t('tools'),
      main: (
        <ol className="space-y-3">
          {m.followUpTools.map((tool) => (
            <li key={tool.key}>
              <p className="font-semibold">{t('tool', { number: tool.number, title: tool.title[locale] })}</p>
              <p className="text-[0.8em] leading-snug">{tool.summary[locale]}</p>
            </li>
          ))}
        </ol>
      ),
      questions: tools!.dialogue,
      // The three tools are the slide; the step's introduction waits in the fold, as on the roles slide.
      more: <p>{tools!.summary[locale]}</p>,
    },
  ];
}
