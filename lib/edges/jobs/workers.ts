import 'server-only';
import type PgBoss from 'pg-boss';
import { runActionReminderScan } from '@/lib/domains/action-plan/overdue-reminders';
import { runDueSoonScan } from '@/lib/domains/action-plan/due-soon-reminders';
import { runApvMailScan } from '@/lib/domains/apv/mail-scan';
import { mailResultsReady } from '@/lib/domains/results/results-ready-mail';
import { defaultMailDeps, type MailDeps } from '@/lib/domains/invitations/deliver';
import { sendFreshLink } from '@/lib/domains/invitations/fresh-link';
import { applyRetention } from '@/lib/domains/privacy/retention';
import { runReminderScan, sendManualReminders, type ScanResult } from '@/lib/domains/invitations/reminders';
import { sendInvitation } from '@/lib/domains/invitations/send-invitation';
import { forgetExpiredSignUps } from '@/lib/domains/members/sign-up';
import { closeExpiredRounds } from '@/lib/domains/rounds/mutations';
import { mailPoolConcern } from '@/lib/domains/rounds/pool-concern-mail';
import { mailShareNotice } from '@/lib/domains/sharing/share-notice-mail';
import { sendApprovalRequest } from '@/lib/domains/rounds/approval-request';
import { jobQueue, queues, type JobData } from '@/lib/platform/queue';
import { organisationMembers } from './member-actors';

export interface StartJobsOptions {
  /** Register the every-minute reminder scan (the server does; tests drive the scan themselves). */
  cron?: boolean;
  pollingIntervalSeconds?: number;
}

/**
 * Starts the queue with its workers — called once per server process from instrumentation.ts.
 * Each handler takes ids only and looks everything else up, so a job queued before a change
 * (an archived leader, a closed round) does the right thing when it runs.
 */
/**
 * Mail jobs are fetched in batches (a round opening queues one per leader; one per poll would
 * take an hour for a thousand) and handled one by one, so one failed mail fails only its own job
 * — which pg-boss then retries — while the rest of the batch completes.
 */
async function workEach<Q extends 'send-invitation' | 'send-fresh-link' | 'send-pool-concern' | 'send-approval-request' | 'send-share-notice' | 'send-results-ready'>(
  boss: PgBoss,
  name: Q,
  pollingIntervalSeconds: number,
  handle: (data: JobData[Q]) => Promise<unknown>,
): Promise<void> {
  await boss.work<JobData[Q]>(name, { pollingIntervalSeconds, batchSize: 20 }, async (jobs) => {
    const failed: string[] = [];
    for (const job of jobs) {
      try {
        await handle(job.data);
      } catch (error) {
        failed.push(job.id);
        console.error(`[jobs] ${name} failed; it will be retried:`, (error as Error).message);
      }
    }
    if (failed.length > 0) await boss.fail(name, failed);
  });
}

/**
 * The "reminder-scan" job (every minute): closes the rounds whose time is up, then sends the due
 * reminders. Closing is the rounds' business and reminding the invitations'; the job composes them.
 */
export async function reminderScanJob(now = new Date(), deps: MailDeps = defaultMailDeps): Promise<ScanResult & { closedRounds: number }> {
  const closedRounds = await closeExpiredRounds(now);
  return { closedRounds, ...(await runReminderScan(now, deps)) };
}

/** Bosses that already have workers: a second register() (dev reloads) must not add a second set. */
const withWorkers = new WeakSet<PgBoss>();

export async function startJobs(options: StartJobsOptions = {}): Promise<PgBoss> {
  const boss = await jobQueue({ full: true });
  if (withWorkers.has(boss)) return boss;
  withWorkers.add(boss);
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const work = { pollingIntervalSeconds, batchSize: 1 };

  await workEach(boss, queues.sendInvitation, pollingIntervalSeconds, (data) => sendInvitation(data));
  await workEach(boss, queues.freshLink, pollingIntervalSeconds, (data) => sendFreshLink(data));
  await workEach(boss, queues.poolConcern, pollingIntervalSeconds, (data) => mailPoolConcern(data));
  await workEach(boss, queues.shareNotice, pollingIntervalSeconds, (data) => mailShareNotice(data));
  await workEach(boss, queues.approvalRequest, pollingIntervalSeconds, (data) => sendApprovalRequest(data));
  await workEach(boss, queues.resultsReady, pollingIntervalSeconds, async (data) => mailResultsReady(data, await organisationMembers(data.organisationId)));
  await boss.work<JobData['send-manual-reminder']>(queues.manualReminder, work, async ([job]) => {
    if (!job) return;
    const result = await sendManualReminders(job.data);
    // Failing the job makes the queue retry; the ones already sent are skipped next time.
    if (result.failed > 0) throw new Error(`${result.failed} reminder(s) could not be sent`);
  });
  await boss.work(queues.reminderScan, work, async () => {
    const result = await reminderScanJob();
    if (result.failed > 0) console.error(`[jobs] reminder scan: ${result.failed} reminder(s) could not be sent; the next scan retries them`);
  });

  await boss.work(queues.actionReminderScan, work, async () => {
    // Overdue first, then due within a week: separate mails, each once per due date.
    const overdue = await runActionReminderScan();
    const dueSoon = await runDueSoonScan();
    const failed = overdue.failed + dueSoon.failed;
    if (failed > 0) console.error(`[jobs] action reminder scan: ${failed} reminder(s) could not be sent; the next scan retries them`);
  });

  await boss.work(queues.apvReminderScan, work, async () => {
    const result = await runApvMailScan();
    if (result.failed > 0) console.error(`[jobs] APV reminder scan: ${result.failed} mail(s) could not be sent; the next scan retries them`);
  });

  await boss.work(queues.retention, work, async () => {
    await applyRetention();
    // Sign-ups nobody completed: each holds an address (new sign-ups sweep them too).
    await forgetExpiredSignUps();
  });

  if (options.cron ?? true) {
    await boss.schedule(queues.reminderScan, '* * * * *', {}, { tz: 'Europe/Copenhagen' });
    await boss.schedule(queues.retention, '30 3 * * *', {}, { tz: 'Europe/Copenhagen' });
    // Overdue actions change once a day; every quarter of an hour catches a restart or a failed send soon enough.
    await boss.schedule(queues.actionReminderScan, '*/15 * * * *', {}, { tz: 'Europe/Copenhagen' });
    // APVs waiting for approval and revisions falling due: the same rhythm, offset from the action scan.
    await boss.schedule(queues.apvReminderScan, '7-59/15 * * * *', {}, { tz: 'Europe/Copenhagen' });
  } else {
    await boss.unschedule(queues.reminderScan);
    await boss.unschedule(queues.actionReminderScan);
    await boss.unschedule(queues.apvReminderScan);
    await boss.unschedule(queues.retention);
  }
  return boss;
}
