import { describe, expect, it } from 'vitest';
import { MigrationError } from './errors';
import { migrationNameSlug } from './migration-name';

describe('migrationNameSlug', () => {
  it('makes folder names as prisma migrate dev --name does', () => {
    expect(migrationNameSlug('init')).toBe('init');
    expect(migrationNameSlug('Add round reminders')).toBe('add_round_reminders');
    expect(migrationNameSlug('addRoundReminders')).toBe('add_round_reminders');
    expect(migrationNameSlug('  ledere/grupper: nøgletal  ')).toBe('ledere_grupper_noegletal');
    expect(migrationNameSlug('x'.repeat(250))).toHaveLength(200);
  });

  it('refuses a name with nothing usable in it', () => {
    expect(() => migrationNameSlug('!!!')).toThrow(MigrationError);
  });
});
