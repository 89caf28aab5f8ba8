import 'server-only';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { mailApvsAwaitingApproval } from './awaiting-approval-mail';
import { mailRevisionsDue, type MailScanResult } from './revision-due-mail';

/** The "apv-reminder-scan" job: the APVs awaiting MED/AMO's approval, and the revisions falling due. */
export async function runApvMailScan(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<MailScanResult> {
  const result: MailScanResult = { sent: 0, failed: 0 };
  await mailApvsAwaitingApproval(now, deps, result);
  await mailRevisionsDue(now, deps, result);
  return result;
}
