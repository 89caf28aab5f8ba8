import { BackLink } from '@/components/ui/BackLink';
import { cardClass } from '@/components/ui/Card';
import { cn } from '@/components/ui/cn';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionDialogProvider } from '@/components/action-plan/CreateActionDialog';
import { ActionTable } from '@/components/action-plan/ActionTable';
import { CreateActionButton } from '@/components/action-plan/CreateActionDialog';
import { AgendaTimer } from '@/components/workshop/AgendaTimer';
import { PresentationView } from '@/components/workshop/PresentationView';
import { QuestionNotes, ScreenQuestions } from '@/components/workshop/QuestionNotes';
import { workshopSlides, type WorkshopSlide } from '@/components/workshop/WorkshopSlides';
import { ReadOnlyNotice } from '@/components/workshop/ReadOnlyNotice';
import { toLocale } from '@/i18n/locale';
import { actionFormOptions } from '@/lib/domains/action-plan/options';
import { groupActions } from '@/lib/domains/action-plan/queries';
import { followUpPageError, requireOrgPage } from '@/lib/edges/session/org-page';
import { openWorkshop } from '@/lib/domains/workshop/workshop';
import { readAgendaClock } from '@/lib/domains/workshop/timer';
import { addActionToPlan } from '../../../action-plan/actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workshop'))('title') };
}

type Params = Promise<{ orgSlug: string; roundId: string; groupId: string }>;

/**
 * A group's workshop: the introduction tool's three steps with the group's own figures, a note
 * per dialogue question and "create action" beside every question and chart — for the
 * facilitator. The group's leaders and MED/AMO get the same page to read: notes without editors.
 */
export default async function WorkshopPage({ params }: { params: Params }) {
  const { orgSlug, roundId, groupId } = await params;
  const path = `/${orgSlug}/workshop/${roundId}/${groupId}`;
  const member = await requireOrgPage(orgSlug, 'workshop:read', path);
  const viewer = member.actor;
  const [model, actions, clock] = await Promise.all([openWorkshop(viewer, roundId, groupId), groupActions(viewer, roundId, groupId), readAgendaClock(viewer, { roundId, groupId })]).catch(
    followUpPageError,
  );
  const t = await getTranslations('workshop');
  const locale = toLocale(await getLocale());
  const { ctx, group } = model;
  const editing = model.canFacilitate ? { endpoint: `${path}/notes`, storagePrefix: `ledertrivsel:note:${roundId}:${groupId}` } : null;
  const slides = await workshopSlides({
    result: model.result,
    threshold: ctx.round.anonymityThreshold,
    questionnaire: ctx.questionnaire,
    locale,
    render: model.canManageActions ? { chartAction: (source) => <CreateActionButton source={source} label={t('createFromChart')} /> } : {},
  });
  // The meeting-room screen shows the same slides without the page's controls: the questions plain and large.
  const screenSlides = model.canFacilitate
    ? (await workshopSlides({ result: model.result, threshold: ctx.round.anonymityThreshold, questionnaire: ctx.questionnaire, locale })).map(({ step: _step, questions, ...slide }) => ({
        ...slide,
        questions: <ScreenQuestions questions={questions} locale={locale} title={t('notes.questionsTitle')} />,
      }))
    : [];
  const timer = { endpoint: `${path}/timer`, initial: clock, canControl: model.canFacilitate };
  const byStep = ([1, 2, 3] as const).map((step) => ({ step, slides: slides.filter((s) => s.step === step) }));

  const content = (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <BackLink href={`/${orgSlug}/workshop?round=${roundId}`}>{t('back')}</BackLink>
        </p>
        <h1 className="text-3xl font-bold">{t('groupTitle', { group: group.name })}</h1>
        <p className="text-[var(--color-muted)]">{t('groupLead', { round: ctx.round.name })}</p>
        {model.canFacilitate ? null : <ReadOnlyNotice badge={t('readOnlyBadge')} text={t('readOnly')} />}
      </header>
      <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-start">
        {model.canFacilitate ? <PresentationView slides={screenSlides} timer={timer} groupName={group.name} /> : null}
        <AgendaTimer {...timer} />
      </div>
      <nav aria-label={t('stepsNav')}>
        <ol className="flex flex-wrap gap-4 text-sm">
          {byStep.map(({ step, slides }) => (
            <li key={step}>
              <a href={`#step-${step}`} className="underline underline-offset-4">
                {slides[0]!.kicker}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {byStep.map(({ step, slides }) => (
        <section key={step} id={`step-${step}`} aria-labelledby={`step-${step}-title`} className="space-y-6">
          <h2 id={`step-${step}-title`} className="text-2xl font-semibold">
            {slides[0]!.kicker}
          </h2>
          {slides.map((slide: WorkshopSlide) => (
            <article key={slide.key} aria-labelledby={`slide-${slide.key}`} className={cn(cardClass, 'space-y-4')}>
              <h3 id={`slide-${slide.key}`} className="text-xl font-semibold">
                {slide.title}
              </h3>
              {slide.lead}
              {slide.more}
              {slide.main}
              <QuestionNotes questions={slide.questions} locale={locale} notes={model.notes} editing={editing} canCreateActions={model.canManageActions} />
            </article>
          ))}
        </section>
      ))}
      <section aria-labelledby="group-plan-title" className="space-y-3">
        <h2 id="group-plan-title" className="text-2xl font-semibold">
          {t('plan.title')}
        </h2>
        {actions.length > 0 ? (
          <ActionTable actions={actions} orgSlug={orgSlug} locale={locale} caption={t('plan.title')} showGroup={false} />
        ) : (
          <p className="text-[var(--color-muted)]">{model.canManageActions ? t('plan.emptyManage') : t('plan.empty')}</p>
        )}
        <p>
          <Link href={`/${orgSlug}/action-plan?round=${roundId}&group=${groupId}`} className="underline underline-offset-4">
            {t('plan.open')}
          </Link>
        </p>
      </section>
    </div>
  );

  return model.canManageActions ? (
    <ActionDialogProvider action={addActionToPlan.bind(null, orgSlug)} roundId={roundId} group={{ groupId }} options={actionFormOptions(locale)}>
      {content}
    </ActionDialogProvider>
  ) : (
    content
  );
}
