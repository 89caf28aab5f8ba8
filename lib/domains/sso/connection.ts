import 'server-only';
import type { MemberActor } from '@/lib/domains/auth/actor';
import { auditedBy } from '@/lib/domains/audit/audited-by';
import { recordAudit } from '@/lib/domains/audit/record-audit';
import type { SsoPreset } from '@/lib/generated/prisma/enums';
import { open, seal } from '@/lib/platform/crypto/sealed';
import { AppError } from '@/lib/platform/errors';
import { scopedDb } from '@/lib/platform/tenant/scoped-db';
import { systemTransaction, tenantTransaction } from '@/lib/platform/tenant/tenant-transaction';
import type { MappableRole, SsoSettingsInput } from './schemas';

/** What the settings page shows: everything but the secret, of which it only knows that one is stored. */
export interface SsoSettings {
  preset: SsoPreset;
  issuer: string;
  clientId: string;
  allowedDomains: string[];
  enabled: boolean;
  requireSso: boolean;
  jitMembership: boolean;
  groupRoles: Record<string, MappableRole>;
  updatedAt: Date;
}

/** What a sign-in needs: the settings, the opened secret, and whose they are. */
export interface SsoConnectionForSignIn extends Omit<SsoSettings, 'updatedAt'> {
  organisationId: string;
  organisationName: string;
  clientSecret: string;
}

const settingsSelect = { preset: true, issuer: true, clientId: true, allowedDomains: true, enabled: true, requireSso: true, jitMembership: true, groupRoles: true, updatedAt: true } as const;

export async function getSsoSettings(organisationId: string): Promise<SsoSettings | null> {
  const row = await scopedDb(organisationId).ssoConnection.findFirst({ where: { organisationId }, select: settingsSelect });
  return row ? { ...row, groupRoles: row.groupRoles as Record<string, MappableRole> } : null;
}

/**
 * The connection a sign-in through `sso-<organisationId>` uses, or null when there is none or it
 * is switched off. A system read: the request names the organisation before anyone is signed in.
 */
export async function getSsoConnectionForSignIn(organisationId: string): Promise<SsoConnectionForSignIn | null> {
  const row = await systemTransaction((tx) =>
    tx.ssoConnection.findUnique({ where: { organisationId }, select: { ...settingsSelect, clientSecretSealed: true, organisation: { select: { name: true } } } }),
  );
  if (!row || !row.enabled) return null;
  const { clientSecretSealed, organisation, updatedAt: _updatedAt, ...settings } = row;
  return {
    ...settings,
    groupRoles: settings.groupRoles as Record<string, MappableRole>,
    organisationId,
    organisationName: organisation.name,
    clientSecret: String(open('sso-client-secret', clientSecretSealed)),
  };
}

/**
 * The organisation whose single sign-on serves this address's domain, for the sign-in form's
 * "home realm discovery": a person types their work address and is sent to their own identity
 * provider instead of being mailed a link. Two organisations claiming one domain (a shared
 * municipal domain, say) send the person to neither: the form then offers the magic link, and
 * each organisation's own SSO link still works.
 */
export async function ssoOrganisationForAddress(email: string): Promise<{ organisationId: string; name: string } | null> {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain) return null;
  const rows = await systemTransaction((tx) =>
    tx.ssoConnection.findMany({ where: { enabled: true, allowedDomains: { has: domain } }, select: { organisationId: true, organisation: { select: { name: true } } }, take: 2 }),
  );
  return rows.length === 1 ? { organisationId: rows[0]!.organisationId, name: rows[0]!.organisation.name } : null;
}

/**
 * Saves HR's settings; the client secret is sealed with a key from the server's environment
 * (lib/platform/crypto/sealed.ts), so a copy of the database does not sign anyone in. A first
 * save must bring a secret; later ones keep the stored secret unless a new one is given.
 */
export async function saveSsoSettings(actor: MemberActor, input: SsoSettingsInput): Promise<void> {
  const { organisationId } = actor;
  await tenantTransaction(organisationId, async (tx) => {
    const existing = await tx.ssoConnection.findUnique({ where: { organisationId }, select: { clientSecretSealed: true } });
    if (!existing && input.clientSecret === '') {
      throw new AppError('validation_failed', { messageKey: 'sso.validation.clientSecretRequired' });
    }
    const { clientSecret, ...settings } = input;
    const clientSecretSealed = clientSecret === '' ? existing!.clientSecretSealed : seal('sso-client-secret', clientSecret);
    await tx.ssoConnection.upsert({ where: { organisationId }, create: { organisationId, ...settings, clientSecretSealed }, update: { ...settings, clientSecretSealed } });
    await recordAudit(
      {
        ...auditedBy(actor),
        action: 'sso.configured',
        details: {
          issuer: settings.issuer,
          clientId: settings.clientId,
          domains: settings.allowedDomains.join(','),
          enabled: settings.enabled,
          requireSso: settings.requireSso,
          jitMembership: settings.jitMembership,
          secretReplaced: clientSecret !== '',
        },
      },
      tx,
    );
  });
}

/** Removes the connection: its people sign in by magic link again. Their accounts and memberships stay. */
export async function removeSsoSettings(actor: MemberActor): Promise<{ removed: boolean }> {
  const { organisationId } = actor;
  return tenantTransaction(organisationId, async (tx) => {
    const { count } = await tx.ssoConnection.deleteMany({ where: { organisationId } });
    if (count > 0) await recordAudit({ ...auditedBy(actor), action: 'sso.removed' }, tx);
    return { removed: count > 0 };
  });
}
