import createNextIntlPlugin from 'next-intl/plugin';

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
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
