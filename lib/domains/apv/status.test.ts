import { describe, expect, it } from 'vitest';
import { apvStatus, isCurrentApproval } from './status';

const now = new Date('2027-01-10T12:00:00Z');
const record = (updatedAt: string, approvals: string[], revisionDueOn = '2029-10-31') => ({
  updatedAt: new Date(updatedAt),
  revisionDueOn: new Date(revisionDueOn),
  approvals: approvals.map((a) => ({ approvedAt: new Date(a) })),
});

describe('the status of a group APV', () => {
  it('is not started without a record and drafted with one nobody approved', () => {
    expect(apvStatus(null, now)).toBe('not-started');
    expect(apvStatus(record('2027-01-01T10:00:00Z', []), now)).toBe('drafted');
  });

  it('is approved only while an approval is at least as new as the last edit', () => {
    expect(apvStatus(record('2027-01-01T10:00:00Z', ['2027-01-02T10:00:00Z']), now)).toBe('approved');
    expect(apvStatus(record('2027-01-03T10:00:00Z', ['2027-01-02T10:00:00Z']), now)).toBe('drafted');
    expect(isCurrentApproval({ approvedAt: new Date('2027-01-02T10:00:00Z') }, { updatedAt: new Date('2027-01-03T10:00:00Z') })).toBe(false);
  });

  it('is due for revision within 90 days of the revision date, approved or not', () => {
    expect(apvStatus(record('2027-01-01T10:00:00Z', ['2027-01-02T10:00:00Z'], '2027-03-01'), now)).toBe('revision-due');
  });
});
