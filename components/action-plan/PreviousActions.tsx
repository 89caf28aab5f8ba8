import { getTranslations } from 'next-intl/server';
import { previousRoundActions } from '@/lib/domains/action-plan/queries';
import type { StaffActor } from '@/lib/domains/auth/actor';
import type { RoundContext } from '@/lib/domains/results/round-context';

/**
 * Beside the change in a group's figures: what the group set out to do in the previous round,
 * and how far it got — so the change can be read against the actions. Nothing for a viewer who
 * may not read action plans, or when there is no earlier closed round.
 */
export async function PreviousActions({ viewer, ctx, groupId }: { viewer: StaffActor; ctx: RoundContext; groupId: string | null }) {
  const previous = await previousRoundActions(viewer, ctx, groupId);
  if (!previous) return null;
  const t = await getTranslations('actionPlan');
  return (
    <div className="mt-4 rounded-lg border border-stone-200 p-3 text-sm" data-testid="previous-actions">
      <h3 className="font-semibold">{t('previous.title', { round: previous.roundName })}</h3>
      {previous.actions.length === 0 ? (
        <p className="mt-1 text-[var(--color-muted)]">{t('previous.none', { round: previous.roundName })}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {previous.actions.map((action) => (
            <li key={action.id}>
              {action.title} – <span className="font-medium">{t(`status.${action.status}`)}</span>
              {action.overdue ? <span> ({t('overdue')})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
