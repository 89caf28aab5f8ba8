import 'server-only';
import { db } from '@/lib/db';
import { translatorFor } from '@/lib/i18n/translator';
import { pendingSignUpLocale } from '@/lib/members/sign-up';
import { renderMail } from '../layout';
import { sendMail } from '../send-mail';

/**
 * The sign-in mail, in the recipient's language: their account's, else the language of the
 * sign-up waiting for this link, else Danish.
 */
export async function sendMagicLinkMail(email: string, url: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { locale: true } });
  const locale = user?.locale ?? (await pendingSignUpLocale(email)) ?? 'da';
  const t = translatorFor(locale);
  const { text, html } = renderMail(
    {
      paragraphs: [t('mail.magicLink.greeting'), t('mail.magicLink.body'), t('mail.magicLink.ignore')],
      action: { label: t('mail.magicLink.action'), url },
      footer: t('mail.footer'),
    },
    locale,
  );
  await sendMail({ to: email, subject: t('mail.magicLink.subject'), text, html });
}
