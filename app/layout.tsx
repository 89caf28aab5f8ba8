import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErrorTextsProvider } from '@/components/layout/ErrorTexts';
import { SiteFooter } from '@/components/layout/SiteFooter';
import '@fontsource-variable/inter';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('productName'), template: `%s · ${t('productName')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t('common.skipToContent')}
        </a>
        {/* No next-intl client provider here: staff and sign-in layouts add one (ClientIntlProvider);
            the leader's pages pass translated texts as props. */}
        <ErrorTextsProvider value={{ title: t('errors.title'), text: t('errors.text'), retry: t('common.retry') }}>
          {/* Each audience's layout adds the header and the main column (components/layout/AppShell.tsx). */}
          {children}
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
