import type { ActionResult } from '@/lib/edges/server-actions/validated-action';

export type LeaderActionResult = ActionResult<{ id: string; name: string; email: string }>;
export type LeaderAction = (previous: LeaderActionResult | null, formData: FormData) => Promise<LeaderActionResult>;

export interface LeaderFormValues {
  name: string;
  email: string;
  groupId: string;
  managerEmail: string;
  locale: string;
  employeeNumber: string;
}
