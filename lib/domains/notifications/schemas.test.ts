import { describe, expect, it } from 'vitest';
import { followUpMails, mailSwitchesSchema } from './schemas';

describe('the mail switches form', () => {
  const shown = [...followUpMails];

  it('reads the ticked boxes as the mails that stay on, and no box ticked as every mail off', () => {
    expect(mailSwitchesSchema.parse({ enabled: ['RESULTS_READY', 'SHARE_NOTICE'], shown }).enabled).toEqual(['RESULTS_READY', 'SHARE_NOTICE']);
    expect(mailSwitchesSchema.parse({ enabled: 'ACTION_DUE_SOON', shown }).enabled).toEqual(['ACTION_DUE_SOON']);
    expect(mailSwitchesSchema.parse({ shown }).enabled).toEqual([]);
  });

  it('refuses a mail that does not exist', () => {
    expect(mailSwitchesSchema.safeParse({ enabled: ['RESULTS_READY', 'EVERYTHING'], shown }).success).toBe(false);
  });

  it('refuses a post that does not list every mail it switches, so an empty or forged post cannot turn them all off', () => {
    expect(mailSwitchesSchema.safeParse({}).success).toBe(false);
    expect(mailSwitchesSchema.safeParse({ shown: ['RESULTS_READY'] }).success).toBe(false);
  });
});
