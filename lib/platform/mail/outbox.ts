import 'server-only';
import { db } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';
import { usesDevOutbox } from './send-mail';

/**
 * The development outbox is shown only where mail is kept instead of sent (no SMTP_URL) and
 * never on an operator-managed production server: there every mail must leave, and a page of
 * other people's magic links would be a way in. The embedded `npm start` runs in production
 * mode, so it is allowed explicitly.
 */
export function devOutboxVisible(): boolean {
  const { NODE_ENV, LEDERTRIVSEL_EMBEDDED } = env();
  return usesDevOutbox() && (NODE_ENV !== 'production' || LEDERTRIVSEL_EMBEDDED === '1');
}

export interface OutboxMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** The newest mails kept by the development outbox. */
export async function listOutboxMails(limit = 50): Promise<OutboxMail[]> {
  return db().devOutboxMail.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
