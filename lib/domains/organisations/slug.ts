/** A URL-safe organisation slug from its name: "Aarhus Kommune – Sundhed" → "aarhus-kommune-sundhed". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  if (!slug) return 'organisation';
  return reservedSlugs.has(slug) ? `${slug}-org` : slug;
}

/**
 * Top-level paths of the app itself: an organisation named "Orgs" or "Privacy" must not get a
 * slug that those routes would shadow. lib/domains/organisations/slug.test.ts checks this list against
 * the app/ directory, so a new top-level route cannot be forgotten.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  'accessibility',
  'api',
  'dev',
  'link',
  'model',
  'orgs',
  'organisation-deleted',
  'privacy',
  'r',
  'scim',
  'sign-in',
  'sign-up',
  '_next',
  'favicon-ico',
  'robots-txt',
  'sitemap-xml',
]);
