import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentQuestionnaire, currentQuestionnaireVersion, getQuestionnaire, questionnaire2026_1, questionnaire2027_1, questionnaireVersions } from './index';

const keysOf = (items: readonly { key: string }[]) => items.map((item) => item.key);

describe('questionnaire versions', () => {
  it('registers every version file under its version, and nothing unknown', () => {
    const files = readdirSync(__dirname).filter((name) => /^v\d{4}-\d+\.ts$/.test(name));
    expect(files.map((name) => name.replace(/^v(\d{4})-(\d+)\.ts$/, '$1.$2')).sort()).toEqual(Object.keys(questionnaireVersions).sort());
    for (const [version, questionnaire] of Object.entries(questionnaireVersions)) expect(questionnaire.version).toBe(version);
    expect(getQuestionnaire('1999.1')).toBeNull();
    expect(getQuestionnaire('constructor')).toBeNull();
  });

  it('opens new rounds with 2027.1', () => {
    expect(currentQuestionnaireVersion).toBe('2027.1');
    expect(currentQuestionnaire).toBe(questionnaire2027_1);
  });

  it('asks 10 strain and 15 resource items in 2026.1, 11 and 16 in 2027.1', () => {
    const count = (items: readonly { side: string }[], side: string) => items.filter((item) => item.side === side).length;
    expect([count(questionnaire2026_1.items, 'strain'), count(questionnaire2026_1.items, 'resource')]).toEqual([10, 15]);
    expect([count(questionnaire2027_1.items, 'strain'), count(questionnaire2027_1.items, 'resource')]).toEqual([11, 16]);
  });

  it('asks one 2027.1 item per cross-pressure tension of the seed, and one about the management team', () => {
    const crossPressure = questionnaire2027_1.items.filter((item) => item.factorKey === 'cross-pressure');
    expect(keysOf(crossPressure)).toEqual([
      'strain.cross-pressure.expectations-resources',
      'strain.cross-pressure.development-operations',
      'strain.cross-pressure.planning-flexibility',
      'strain.cross-pressure.stakeholders',
    ]);
    expect(crossPressure[2]!.text.da).toMatch(/planlægge.*fleksibelt/);
    const relations = questionnaire2027_1.items.filter((item) => item.factorKey === 'good-relations');
    expect(keysOf(relations)).toEqual(['resource.good-relations.immediate-manager', 'resource.good-relations.management-team', 'resource.good-relations.employees']);
    expect(relations[1]!.text.da).toContain('ledergruppe');
  });

  it('keeps every 2026.1 item in 2027.1 under the same key and with the same wording', () => {
    // What makes a comparison across the two versions honest: a shared key is the same question.
    const later = new Map(questionnaire2027_1.items.map((item) => [item.key, item]));
    for (const item of questionnaire2026_1.items) expect(later.get(item.key), item.key).toEqual(item);
    expect(keysOf(questionnaire2027_1.items).filter((key) => !keysOf(questionnaire2026_1.items).includes(key))).toEqual([
      'strain.cross-pressure.planning-flexibility',
      'resource.good-relations.management-team',
    ]);
    expect(questionnaire2027_1.relations).toEqual(questionnaire2026_1.relations);
    expect(questionnaire2027_1.overall).toEqual(questionnaire2026_1.overall);
  });

  it('leaves 2026.1 as rounds froze it: 25 items, none of the new ones', () => {
    expect(questionnaire2026_1.items).toHaveLength(25);
    expect(keysOf(questionnaire2026_1.items)).not.toContain('strain.cross-pressure.planning-flexibility');
    expect(keysOf(questionnaire2026_1.items)).not.toContain('resource.good-relations.management-team');
  });
});
