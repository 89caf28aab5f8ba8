import { describe, expect, it } from 'vitest';
import { reminderMail } from './reminder';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const now = new Date('2026-10-10T08:00:00Z');
const facts = (closesAt: Date) => ({
  to: 'leder@example.test',
  leaderName: 'Anne',
  organisationName: 'Syddal Kommune',
  roundName: 'LederAPV 2026',
  closesAt,
  anonymityThreshold: 3,
  url: 'https://app.example/r/token',
  linkPageUrl: 'https://app.example/link',
});

describe('the reminder mail counts the days left as the leader would', () => {
  it('says 21 days for the reminder scheduled 21 days before closing, whether the scan sends it minutes early or late', () => {
    for (const offset of [-7 * MINUTE, 0, 7 * MINUTE]) {
      const mail = reminderMail(facts(new Date(now.getTime() + 21 * DAY + offset)), 'da', now);
      expect(mail.subject).toBe('Påmindelse: LederAPV 2026 lukker om 21 dage');
      expect(mail.text).toContain('Runden lukker om 21 dage');
    }
  });

  it('says "today" only when less than half a day is left, and never a negative count', () => {
    expect(reminderMail(facts(new Date(now.getTime() + 5 * 60 * MINUTE)), 'en', now).subject).toMatch(/closes today$/);
    expect(reminderMail(facts(new Date(now.getTime() - MINUTE)), 'da', now).subject).toBe('Påmindelse: LederAPV 2026 lukker i dag');
  });
});
