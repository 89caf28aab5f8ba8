import 'server-only';
import { getTranslations } from 'next-intl/server';
import { leaderWellbeingModel } from '@/content/leader-wellbeing';
import { locales, type Locale } from '@/content/types';
import { html, raw, type Html } from '@/lib/platform/html/html';

/** lucide's "scale", as components/layout/SiteHeader.tsx shows it. */
const scaleIcon = html`<svg
  aria-hidden="true"
  class="size-5"
  xmlns="http://www.w3.org/2000/svg"
  width="24"
  height="24"
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
>
  <path d="M12 3v18" />
  <path d="m19 8 3 8a5 5 0 0 1-6 0zV7" />
  <path d="M3 7h1a17 17 0 0 0 8-2 17 17 0 0 0 8 2h1" />
  <path d="m5 8 3 8a5 5 0 0 1-6 0zV7" />
  <path d="M7 21h10" />
</svg>`;

export interface LeaderDocument {
  locale: Locale;
  title: string;
  /** This response's CSP nonce (proxy.ts): only scripts carrying it run. */
  nonce: string;
  /** The site's CSS, inlined (lib/platform/http/inline-page-styles.ts). */
  styles: string;
  /** Where the language switcher posts (a plain form); none on a dead-end page. */
  languageAction?: string;
  /** A script of our own, inline at the end of the body; the page works before and without it. */
  script?: string;
  body: Html;
}

/**
 * The whole document of a leader's page served without the Next.js client runtime (decision
 * 0016): the same header, main column and footer as app/layout.tsx and components/layout/*,
 * with the language switcher as a plain form and no script but our own.
 */
export async function leaderDocument({ locale, title, nonce, styles, languageAction, script, body }: LeaderDocument): Promise<string> {
  const t = await getTranslations({ locale });
  const footerLinks = [
    { href: '/model', label: t('nav.model') },
    { href: '/privacy', label: t('nav.privacy') },
    { href: '/accessibility', label: t('nav.accessibility') },
  ];
  const switcher = languageAction
    ? html`<form action="${languageAction}" method="post" aria-label="${t('language.label')}" class="flex rounded-control border border-border-strong p-0.5">
        ${locales.map(
          (l) =>
            html`<button
              type="submit"
              name="locale"
              value="${l}"
              lang="${l}"
              aria-pressed="${l === locale ? 'true' : 'false'}"
              aria-label="${t(`language.${l}`)}"
              class="min-h-10 min-w-10 rounded-[calc(var(--radius-control)-2px)] px-2 text-sm text-ink hover:bg-surface-muted aria-pressed:bg-brand aria-pressed:text-white"
            >
              <span aria-hidden="true" class="uppercase sm:hidden">${l}</span><span aria-hidden="true" class="hidden sm:inline">${t(`language.${l}`)}</span>
            </button>`,
        )}
      </form>`
    : null;
  const page = html`<!DOCTYPE html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title} · ${t('common.productName')}</title>
        ${
          styles
            ? html`<style nonce="${nonce}">
                ${raw(styles)}
              </style>`
            : null
        }
      </head>
      <body class="flex min-h-screen flex-col font-sans antialiased">
        <a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">${t('common.skipToContent')}</a>
        <header class="border-b border-border bg-surface">
          <div class="mx-auto flex max-w-6xl items-center justify-between gap-2 px-4 py-2">
            <a href="/" aria-label="${t('common.productName')}, ${t('nav.home')}" class="flex min-h-11 min-w-0 items-center gap-2 rounded-control font-semibold text-brand"
              ><span class="flex size-8 shrink-0 items-center justify-center rounded-control bg-brand text-white">${scaleIcon}</span><span class="text-lg">${t('common.productName')}</span
              ><span class="hidden truncate text-sm font-normal text-muted lg:inline">${t('common.tagline')}</span></a
            >
            <nav aria-label="${t('nav.label')}" class="flex shrink-0 items-center gap-1 sm:gap-2">
              <a href="/model" class="hidden min-h-11 items-center rounded-control px-2 text-sm hover:bg-surface-muted sm:flex">${t('nav.model')}</a>${switcher}
            </nav>
          </div>
        </header>
        <main id="main" class="mx-auto w-full max-w-6xl flex-1 px-4 py-8">${body}</main>
        <footer class="mt-16 border-t border-border bg-surface">
          <div class="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-muted md:flex-row md:items-start md:justify-between">
            <div class="max-w-2xl space-y-1">
              <p>${t('source.credit')}</p>
              <p>${leaderWellbeingModel.source.ownWork[locale]}</p>
            </div>
            <nav aria-label="${t('nav.footerLabel')}">
              <ul class="flex flex-wrap gap-x-4 gap-y-1">
                ${footerLinks.map((link) => html`<li><a href="${link.href}" class="inline-flex min-h-6 items-center text-ink underline underline-offset-4 hover:text-brand">${link.label}</a></li>`)}
              </ul>
            </nav>
          </div>
        </footer>
        ${
          script
            ? html`<script nonce="${nonce}">
                ${raw(script)};
              </script>`
            : null
        }
      </body>
    </html>`;
  return page.value;
}
