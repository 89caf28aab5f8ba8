import { describe, expect, it } from 'vitest';
import { mailSwitchesSchema } from './schemas';

describe('the mail switches form', () => {
  it('reads the ticked boxes as the mails that stay on, and no box ticked as every mail off', () => {
    expect(mailSwitchesSchema.parse({ enabled: ['RESULTS_READY', 'SHARE_NOTICE'] }).enabled).toEqual(['RESULTS_READY', 'SHARE_NOTICE']);
    expect(mailSwitchesSchema.parse({ enabled: 'ACTION_DUE_SOON' }).enabled).toEqual(['ACTION_DUE_SOON']);
    expect(mailSwitchesSchema.parse({}).enabled).toEqual([]);
  });

  it('refuses a mail that does not exist', () => {
    expect(mailSwitchesSchema.safeParse({ enabled: ['RESULTS_READY', 'EVERYTHING'] }).success).toBe(false);
  });
});
