import { describe, expect, it } from 'vitest';
import { fieldIssues } from '@/lib/platform/validation/zod-issues';
import { createLeaderFormSchema } from './schemas';

const issues = (input: Record<string, unknown>) => {
  const result = createLeaderFormSchema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error, 'da');
};

describe('the leader form', () => {
  it('says an unchosen group is required and a garbled one invalid', () => {
    expect(issues({ name: 'A', email: 'a@x.dk', groupId: '' })).toEqual([{ path: 'groupId', message: 'Skal udfyldes.' }]);
    expect(issues({ name: 'A', email: 'a@x.dk', groupId: 'abc' })).toEqual([{ path: 'groupId', message: 'Ugyldig værdi.' }]);
  });

  it('reads blank optional fields as none, and normalises the e-mails', () => {
    const parsed = createLeaderFormSchema.parse({ name: ' Anne ', email: ' Anne@X.DK ', groupId: '00000000-0000-4000-8000-000000000001', managerEmail: '', locale: '', employeeNumber: ' ' });
    expect(parsed).toEqual({ name: 'Anne', email: 'anne@x.dk', groupId: '00000000-0000-4000-8000-000000000001', managerEmail: null, locale: null, employeeNumber: null });
  });

  it('lists every field problem at once', () => {
    expect(issues({ name: '', email: 'nope', groupId: '', managerEmail: 'also-nope', locale: 'fr' }).map((i) => i.path)).toEqual(['name', 'email', 'groupId', 'managerEmail', 'locale']);
  });
});
