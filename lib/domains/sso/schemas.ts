import { z } from 'zod';
import { Role, SsoPreset } from '@/lib/generated/prisma/enums';

/** Roles an identity provider's group may grant. HR stays a role HR grants by hand. */
export const mappableRoles = ['TOP_MANAGEMENT', 'MED_AMO', 'MANAGER_OF_LEADERS', 'LEADER'] as const satisfies readonly Role[];
export type MappableRole = (typeof mappableRoles)[number];

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ENTRA_TENANT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

/** "kommune.dk, region.dk" or one per line → ["kommune.dk", "region.dk"]; "@kommune.dk" is forgiven. */
const domainsSchema = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? [
          ...new Set(
            value
              .split(/[\s,;]+/)
              .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
              .filter(Boolean),
          ),
        ]
      : value,
  z.array(z.string().regex(DOMAIN, 'sso.validation.domain')).min(1, 'sso.validation.domainsRequired').max(20, 'validation.tooLong'),
);

/** "<group id> = TOP_MANAGEMENT", one per line → { "<group id>": "TOP_MANAGEMENT" }. Empty: no mapping. */
const groupRolesSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const lines = value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    return lines.map((line) => {
      const [group, role, ...rest] = line.split('=').map((part) => part.trim());
      return rest.length === 0 && group && role ? { group, role: role.toUpperCase() } : { group: '', role: '' };
    });
  },
  z
    .array(z.object({ group: z.string().min(1, 'sso.validation.groupRoleLine').max(200, 'validation.tooLong'), role: z.enum(mappableRoles, 'sso.validation.groupRoleLine') }))
    .max(50, 'validation.tooLong')
    .transform((pairs) => Object.fromEntries(pairs.map(({ group, role }) => [group, role])) as Record<string, MappableRole>),
);

/**
 * HR's single sign-on settings, as the settings form posts them. Entra ID needs only its tenant
 * id (the issuer is derived); any other provider gives its issuer URL. An empty secret keeps the
 * one stored, so the form never has to show it.
 */
export const ssoSettingsSchema = z
  .object({
    preset: z.enum(SsoPreset, 'validation.invalid'),
    entraTenantId: z.string().trim().max(64, 'validation.tooLong').default(''),
    issuer: z.string().trim().max(500, 'validation.tooLong').default(''),
    clientId: z.string().trim().min(1, 'sso.validation.clientIdRequired').max(200, 'validation.tooLong'),
    clientSecret: z.string().trim().max(2000, 'validation.tooLong').default(''),
    allowedDomains: domainsSchema,
    enabled: checkbox,
    requireSso: checkbox,
    jitMembership: checkbox,
    groupRoles: groupRolesSchema,
  })
  .superRefine((value, ctx) => {
    if (value.preset === 'ENTRA_ID' && !ENTRA_TENANT.test(value.entraTenantId)) {
      ctx.addIssue({ code: 'custom', path: ['entraTenantId'], message: 'sso.validation.entraTenantId' });
    }
    if (value.preset === 'GENERIC_OIDC' && issuerUrl(value.issuer) === null) {
      ctx.addIssue({ code: 'custom', path: ['issuer'], message: 'sso.validation.issuer' });
    }
  })
  .transform(({ entraTenantId, issuer, ...rest }) => ({
    ...rest,
    issuer: rest.preset === 'ENTRA_ID' ? entraIssuer(entraTenantId) : issuerUrl(issuer)!,
  }));

export type SsoSettingsInput = z.output<typeof ssoSettingsSchema>;

/** Microsoft Entra ID's v2.0 issuer for one tenant: its discovery document lives below it. */
export function entraIssuer(tenantId: string): string {
  return `https://login.microsoftonline.com/${tenantId.toLowerCase()}/v2.0`;
}

/** The tenant id back out of an Entra issuer, for the form. */
export function entraTenantOf(issuer: string): string {
  return /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/v2\.0$/.exec(issuer)?.[1] ?? '';
}

/**
 * An issuer must be https — except on loopback, where a test identity provider (and a developer's)
 * runs without a certificate. No query or fragment: the discovery document is appended to it.
 */
function issuerUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) return null;
  if (url.search || url.hash || url.username || url.password) return null;
  return url.toString().replace(/\/$/, '');
}
