import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('the content security policy', () => {
  it('lets scripts run only with the response’s nonce, never inline or eval in production', () => {
    const policy = contentSecurityPolicy('abc123', { development: false, https: true });
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'nonce-abc123' 'strict-dynamic'`);
    expect(policy).not.toContain('unsafe-eval');
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' 'nonce-abc123'`);
    expect(directive(policy, 'frame-ancestors')).toBe(`frame-ancestors 'none'`);
    expect(directive(policy, 'object-src')).toBe(`object-src 'none'`);
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('allows eval only in development, and never upgrades requests on plain http', () => {
    const policy = contentSecurityPolicy('n', { development: true, https: false });
    expect(directive(policy, 'script-src')).toContain(`'unsafe-eval'`);
    expect(policy).not.toContain('upgrade-insecure-requests');
  });
});
