import 'server-only';
import type { Locale } from '@/content/types';
import { translatorFor } from '@/lib/platform/i18n/translator';
import { renderMail } from '../layout';
import { sendMail } from '../send-mail';

/** The sign-in mail, in the recipient's language (signInMailLocale in lib/domains/members/sign-up.ts finds it). */
export async function sendMagicLinkMail(email: string, url: string, locale: Locale): Promise<void> {
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
