import { afterAll, beforeAll } from 'vitest';
import { resetEnvCache } from '@/lib/platform/env';
import { stopJobQueue } from '@/lib/platform/queue';
import { startJobs } from '@/lib/edges/jobs/workers';
import { startSmtpTestServer, type SmtpTestServer } from './smtp-test-server';

/**
 * The real mail path for one test file: the app sends to a real SMTP server, and the job queue's
 * workers run (polling fast, no cron) as they do in the server. Returns the server once it runs.
 */
export function useMailAndJobs(): { readonly smtp: SmtpTestServer } {
  let smtp: SmtpTestServer | undefined;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    await startJobs({ cron: false, pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await stopJobQueue();
    await smtp?.stop();
    delete process.env.SMTP_URL;
    resetEnvCache();
  });
  return {
    get smtp() {
      if (!smtp) throw new Error('The SMTP server starts in beforeAll: read it inside a test.');
      return smtp;
    },
  };
}
