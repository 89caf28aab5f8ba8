'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FieldError, describedBy, inputClass } from '@/components/ui/Field';
import type { Role } from '@/lib/generated/prisma/enums';
import type { GroupOption } from '@/lib/domains/members/queries';
import { scopedRoles } from '@/lib/domains/members/schemas';

export const roleOrder: Role[] = ['HR_ADMIN', 'TOP_MANAGEMENT', 'MED_AMO', 'MANAGER_OF_LEADERS', 'LEADER'];

/**
 * The role select and, for the roles that can be limited to parts of the organisation, the
 * groups they may see: required for a manager of leaders, optional for top management and
 * MED/AMO (none chosen: the whole organisation).
 */
export function RoleFields({
  idPrefix,
  groups,
  defaultRole,
  defaultGroupIds,
  errors,
}: {
  idPrefix: string;
  groups: GroupOption[];
  defaultRole: Role;
  defaultGroupIds: string[];
  errors: Record<string, string[]>;
}) {
  const t = useTranslations('members');
  const [role, setRole] = useState<Role>(defaultRole);
  const roleHintId = `${idPrefix}-role-hint`;
  const groupsErrorId = `${idPrefix}-groups-error`;
  return (
    <>
      <div>
        <label htmlFor={`${idPrefix}-role`} className="block font-medium">
          {t('fields.role')}
        </label>
        <select
          id={`${idPrefix}-role`}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
          className={inputClass}
          {...describedBy(`${idPrefix}-role-error`, errors.role, roleHintId)}
        >
          {roleOrder.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <p id={roleHintId} className="mt-1 text-sm text-[var(--color-muted)]">
          {t(`roleHints.${role}`)}
        </p>
        <FieldError id={`${idPrefix}-role-error`} messages={errors.role} />
      </div>

      {scopedRoles.includes(role) ? (
        <fieldset aria-describedby={errors.groupIds?.length ? groupsErrorId : undefined}>
          <legend className="font-medium">{role === 'MANAGER_OF_LEADERS' ? t('fields.groups') : t('fields.area')}</legend>
          <p className="text-sm text-[var(--color-muted)]">{role === 'MANAGER_OF_LEADERS' ? t('groupsHint') : t('areaHint')}</p>
          {groups.length === 0 ? (
            <p className="mt-2 rounded-md border border-dashed border-stone-300 p-3 text-sm">{t('noGroups')}</p>
          ) : (
            <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-md border border-stone-200 p-2">
              {groups.map((group) => (
                <li key={group.id} style={{ paddingLeft: `${group.depth * 1.25}rem` }}>
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name="groupIds" value={group.id} defaultChecked={defaultGroupIds.includes(group.id)} className="h-4 w-4" />
                    {group.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <FieldError id={groupsErrorId} messages={errors.groupIds} />
        </fieldset>
      ) : null}
    </>
  );
}
