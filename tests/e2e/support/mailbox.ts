/**
 * The mails the app sent during the end-to-end run, read from the mailbox that tests/e2e/serve.ts
 * keeps in front of its SMTP test server.
 */
export interface Mail {
  /** Recipient addresses, comma-separated, lower-case. */
  to: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

const mailboxUrl = `http://127.0.0.1:${process.env.E2E_MAILBOX_PORT ?? 2527}/messages`;

export async function allMails(): Promise<Mail[]> {
  const response = await fetch(mailboxUrl);
  if (!response.ok) throw new Error(`The e2e mailbox answered ${response.status}`);
  return (await response.json()) as Mail[];
}

/**
 * The newest mail to `to` (optionally with a matching subject) that arrived after `after`,
 * waiting for it up to timeoutMs. Pass `after` when the same address gets several mails.
 */
export async function waitForMail(to: string, options: { subject?: RegExp; timeoutMs?: number; after?: Date } = {}): Promise<Mail> {
  const address = to.toLowerCase();
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    const found = (await allMails())
      .filter((m) => m.to.split(', ').includes(address))
      .filter((m) => !options.subject || options.subject.test(m.subject))
      .filter((m) => !options.after || new Date(m.receivedAt) > options.after)
      .at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${to}${options.subject ? ` matching ${options.subject}` : ''} arrived in time.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every http(s) link in a mail's plain text, in order. */
export function linksIn(mail: Pick<Mail, 'text'>): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);
}
