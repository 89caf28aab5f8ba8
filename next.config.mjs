import createNextIntlPlugin from 'next-intl/plugin';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { buildLeaderScripts } from './scripts/build/leader-scripts.mjs';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The generated Prisma client and pg run in Node only; bundling them gains nothing.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
  // Chromium in end-to-end tests reaches the dev server on 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1'],
  // forbidden() renders app/forbidden.tsx with a 403 for members whose role may not.
  // SERVER_ACTION_BODY_LIMIT_BYTES in lib/platform/http/server-action-request.ts is the same limit.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '2mb' } },
  // No page uses next/image, so the optimiser is off: /_next/image answers 404 instead of
  // fetching whatever URL it is given (it answered 500 for a path that is not an image).
  images: { unoptimized: true },
  // The action plan was /<org>/actions until the names were made one (issue 15); overdue-action
  // mails already sent link there.
  async redirects() {
    return [{ source: '/:orgSlug/actions/:path*', destination: '/:orgSlug/action-plan/:path*', permanent: true }];
  },
  async headers() {
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
      // Ignored by browsers over plain http (the embedded local mode); enforced once served over https.
      { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
    ];
    // Personal links carry their token in the path: never send it on in a Referer.
    const personal = [
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'Cache-Control', value: 'no-store' },
    ];
    return [
      { source: '/:path*', headers: everywhere },
      { source: '/r/:path*', headers: personal },
      { source: '/api/r/:path*', headers: personal },
    ];
  },
};

/** The questionnaire's own script is no Next.js chunk (decision 0016): built beside Next, into public/. */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER) await buildLeaderScripts();
  return withNextIntl(nextConfig);
}
