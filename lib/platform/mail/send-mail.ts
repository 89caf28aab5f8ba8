import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { db } from '@/lib/platform/db';
import { env } from '@/lib/platform/env';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * With no SMTP_URL outside an operator-managed production (see lib/platform/env.ts), mails are kept
 * in the development outbox that /dev/outbox shows, so a newcomer can click their own magic link.
 */
export function usesDevOutbox(): boolean {
  return !env().SMTP_URL;
}

let transporter: Transporter | undefined;
let transporterUrl: string | undefined;

function smtpTransport(url: string): Transporter {
  // Tests point SMTP_URL at their own server per file; a changed URL gets a new transport.
  if (!transporter || transporterUrl !== url) {
    transporter = nodemailer.createTransport(url);
    transporterUrl = url;
  }
  return transporter;
}

/** The one way mail leaves the product. Callers build subject/text/html with a template in lib/platform/mail/templates. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    await db().devOutboxMail.create({ data: mail });
    return;
  }
  await smtpTransport(smtpUrl).sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}
