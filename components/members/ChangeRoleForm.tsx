'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { FormMessage } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/SubmitButton';
import { submitWithoutReset } from '@/components/ui/submit-without-reset';
import type { ActionResult } from '@/lib/edges/server-actions/validated-action';
import type { Role } from '@/lib/generated/prisma/enums';
import type { GroupOption } from '@/lib/domains/members/queries';
import { RoleFields } from './RoleFields';

type ChangeRoleResult = ActionResult<{ saved: true }>;

export function ChangeRoleForm({
  action,
  membershipId,
  role,
  groupIds,
  groups,
}: {
  action: (previous: ChangeRoleResult | null, formData: FormData) => Promise<ChangeRoleResult>;
  membershipId: string;
  role: Role;
  groupIds: string[];
  groups: GroupOption[];
}) {
  const t = useTranslations('members');
  const id = useId();
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form onSubmit={submitWithoutReset(formAction)} noValidate className="space-y-4">
      {state?.ok ? <FormMessage tone="success">{t('edit.saved')}</FormMessage> : null}
      {state && !state.ok ? <FormMessage tone="error">{state.formError ?? t('fixErrors')}</FormMessage> : null}
      <input type="hidden" name="membershipId" value={membershipId} />
      <RoleFields idPrefix={id} groups={groups} defaultRole={role} defaultGroupIds={groupIds} errors={errors} />
      <SubmitButton pending={pending} pendingLabel={t('edit.saving')}>
        {t('edit.save')}
      </SubmitButton>
    </form>
  );
}
