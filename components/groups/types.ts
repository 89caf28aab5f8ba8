import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

export type GroupActionResult = ActionResult<{ id: string; name: string; parentId: string | null }>;
export type GroupAction = (previous: GroupActionResult | null, formData: FormData) => Promise<GroupActionResult>;

/** A group as a picker shows it: its whole path, so two "Sundhed" groups are told apart. */
export interface GroupOptionView {
  id: string;
  path: string;
}

/** Archive and restore redirect on success; only a refusal comes back. */
export type RedirectingAction = (previous: ActionResult<undefined> | null, formData: FormData) => Promise<ActionResult<undefined>>;
