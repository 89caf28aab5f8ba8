import { toLocale } from '@/i18n/locale';
import { dateFormatter } from '@/lib/platform/format/dates';
import { cardClass } from '@/components/ui/Card';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { FormMessage } from '@/components/ui/Field';
import type { RoundApprovalState } from '@/lib/domains/rounds/approval';
import { ConfirmActionForm } from './ConfirmActionForm';
import { RequestApprovalForm } from './RequestApprovalForm';

type ConfirmAction = ComponentProps<typeof ConfirmActionForm>['action'];

interface Props {
  /** The page's server actions, bound to the round (approve: also to the fingerprint it shows). */
  actions: { open: ConfirmAction; approve: ConfirmAction; request: ComponentProps<typeof RequestApprovalForm>['action'] };
  /** How many leaders opening would invite now. */
  leaders: number;
  approval: RoundApprovalState;
  viewer: { userId: string; canManage: boolean; canApprove: boolean };
  /** Back from a successful approval (?approved=1). */
  justApproved: boolean;
}

const box = cardClass;

/**
 * A draft round's way to opening, by who looks: HR opens it — once MED/AMO has approved, where
 * the organisation has MED/AMO, and otherwise with a plain note that no second person checked it;
 * MED/AMO approves who it invites; everyone else sees where it stands. (lib/domains/rounds/approval.ts)
 */
export async function RoundApprovalSection({ actions, leaders, approval, viewer, justApproved }: Props) {
  const t = await getTranslations('roundApproval');
  const tRounds = await getTranslations('rounds');
  const format = dateFormatter(toLocale(await getLocale()));
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const approvedBy = approval.approval ? { name: approval.approval.userName, date: when(approval.approval.approvedAt) } : null;
  const approvedNote = approval.valid && approvedBy ? <FormMessage tone="success">{t('status.approved', approvedBy)}</FormMessage> : null;
  const voidedNote = !approval.valid && approvedBy ? <FormMessage tone="warning">{t('status.voided', approvedBy)}</FormMessage> : null;
  const openForm = (
    <ConfirmActionForm
      action={actions.open}
      confirmLabel={tRounds('open.confirm', { count: leaders })}
      submitLabel={tRounds('open.button')}
      pendingLabel={tRounds('open.sending')}
      errorSummary={tRounds('form.errorSummary')}
    />
  );

  if (viewer.canManage) {
    const mayOpen = !approval.required || approval.valid;
    return (
      <section aria-labelledby="open-title" className={box}>
        <h2 id="open-title" className="text-lg font-semibold">
          {tRounds('open.title')}
        </h2>
        {leaders === 0 ? (
          <p className="mt-2">{tRounds('open.noLeaders')}</p>
        ) : mayOpen ? (
          <div className="mt-2 space-y-4">
            {approval.required ? approvedNote : <p className="rounded-md border border-stone-300 bg-stone-50 p-3 text-sm">{t('status.notRequired')}</p>}
            <p>{tRounds('open.text', { count: leaders })}</p>
            {openForm}
          </div>
        ) : (
          <div className="mt-2 space-y-4">
            {voidedNote ?? <p>{t('status.missing')}</p>}
            <p className="text-sm text-[var(--color-muted)]">{approval.requestedAt ? t('status.askedAt', { date: when(approval.requestedAt) }) : t('status.notAsked')}</p>
            {approval.approvers === 0 ? <FormMessage tone="warning">{t('status.noApprovers')}</FormMessage> : <RequestApprovalForm action={actions.request} />}
          </div>
        )}
      </section>
    );
  }

  if (viewer.canApprove) {
    const isCreator = approval.createdById === viewer.userId;
    return (
      <section aria-labelledby="approve-title" className={box}>
        <h2 id="approve-title" className="text-lg font-semibold">
          {approval.valid ? t('approve.titleDone') : t('approve.title')}
        </h2>
        <div className="mt-2 space-y-4">
          {leaders === 0 ? (
            <p>{t('approve.noLeaders')}</p>
          ) : approval.valid ? (
            justApproved ? (
              <FormMessage tone="success">{t('approve.done')}</FormMessage>
            ) : (
              approvedNote
            )
          ) : (
            <>
              {voidedNote}
              {isCreator ? (
                <p>{t('approve.creator')}</p>
              ) : (
                <>
                  <p>{t('approve.lead')}</p>
                  <ConfirmActionForm
                    action={actions.approve}
                    confirmLabel={t('approve.confirm')}
                    submitLabel={approvedBy ? t('approve.again') : t('approve.button')}
                    pendingLabel={t('approve.pending')}
                    errorSummary={tRounds('form.errorSummary')}
                  />
                </>
              )}
            </>
          )}
        </div>
      </section>
    );
  }

  // Everyone else who may read rounds: where the round stands, nothing to do.
  if (leaders === 0) return null;
  return (
    <section aria-labelledby="approval-title" className={box}>
      <h2 id="approval-title" className="text-lg font-semibold">
        {t('approve.titleDone')}
      </h2>
      <div className="mt-2">{!approval.required ? <p>{t('status.notRequired')}</p> : (approvedNote ?? voidedNote ?? <p>{t('status.waiting')}</p>)}</div>
    </section>
  );
}
