import { describe, it, expect } from 'vitest';
import { allDialogueQuestions, dialogueKindKeys, factorsBySide, getDialogueQuestion, getFactor, getQuestionnaire, leaderWellbeingModel, locales, questionnaireVersions } from './index';
import type { Localized, Side } from './types';

interface FoundText {
  path: string;
  text: Localized;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === locales.length && [...locales].sort().every((locale, i) => keys[i] === locale);
}

/** Every Localized text under a value, with the path it was found at. */
function collectLocalized(value: unknown, path = '$'): FoundText[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((entry, i) => collectLocalized(entry, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => collectLocalized(entry, `${path}.${key}`));
  }
  return [];
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

function expectTranslated(root: unknown) {
  const texts = collectLocalized(root);
  expect(texts.length).toBeGreaterThan(0);
  for (const { path, text } of texts) {
    for (const locale of locales) {
      expect(typeof text[locale], `${path}.${locale}`).toBe('string');
      expect(text[locale].trim(), `${path}.${locale} is empty`).not.toBe('');
    }
    if (wordCount(text.da) > 3) {
      expect(text.en, `${path} looks untranslated`).not.toBe(text.da);
    }
  }
}

const duplicates = (keys: string[]) => keys.filter((key, i) => keys.indexOf(key) !== i);

describe('leader-wellbeing model', () => {
  const model = leaderWellbeingModel;

  it('has every text in Danish and English', () => {
    expectTranslated(model);
  });

  it('has 4 strains, 7 resources and 6 relations, each on its own side', () => {
    expect(model.strains).toHaveLength(4);
    expect(model.resources).toHaveLength(7);
    expect(model.strains.every((factor) => factor.side === 'strain')).toBe(true);
    expect(model.resources.every((factor) => factor.side === 'resource')).toBe(true);
    expect(model.relations.map((relation) => relation.key).sort()).toEqual(['across', 'inward', 'management', 'out', 'team', 'up'].sort());
  });

  it('has the four reasons, four themes, five roles, three steps and three tools', () => {
    expect(model.reasons).toHaveLength(4);
    expect(model.themes).toHaveLength(4);
    expect(model.roles.map((role) => role.key)).toEqual(['top-management', 'hr', 'med-amo', 'managers-of-leaders', 'leaders']);
    expect(model.introductionSteps.map((step) => [step.number, step.key])).toEqual([
      [1, 'knowledge'],
      [2, 'organisational-frame'],
      [3, 'tools'],
    ]);
    expect(model.followUpTools.map((tool) => [tool.number, tool.key])).toEqual([
      [1, 'tool-1'],
      [2, 'tool-2'],
      [3, 'tool-3'],
    ]);
    for (const role of model.roles) expect(role.responsibilities.length, role.key).toBeGreaterThan(0);
  });

  it('gives every step dialogue questions of all three kinds, as the seed says of all three parts', () => {
    expect(model.dialogueKinds.map((kind) => kind.key)).toEqual([...dialogueKindKeys]);
    for (const step of model.introductionSteps) {
      expect(Object.keys(step.dialogue).sort(), step.key).toEqual([...dialogueKindKeys].sort());
      for (const kind of dialogueKindKeys) {
        expect(step.dialogue[kind].length, `${step.key} / ${kind}`).toBeGreaterThan(0);
        expect(
          step.dialogue[kind].every((question) => question.key.startsWith('intro.')),
          `${step.key} / ${kind}`,
        ).toBe(true);
      }
    }
  });

  it('gives cross-pressure its four tensions', () => {
    expect(getFactor('cross-pressure')?.details).toHaveLength(4);
  });

  it('has unique factor keys and puts every factor under an existing theme', () => {
    const factorKeys = [...model.strains, ...model.resources].map((factor) => factor.key);
    expect(duplicates(factorKeys)).toEqual([]);
    const themeKeys = new Set(model.themes.map((theme) => theme.key));
    for (const factor of [...model.strains, ...model.resources]) {
      expect(themeKeys.has(factor.themeKey), `${factor.key} -> ${factor.themeKey}`).toBe(true);
    }
    for (const theme of model.themes) {
      expect(theme.questions.length, theme.key).toBeGreaterThan(0);
    }
  });

  it('has unique dialogue question keys across the whole model', () => {
    const keys = allDialogueQuestions().map((question) => question.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(duplicates(keys)).toEqual([]);
    for (const key of ['summary.balance-now', 'summary.turn-down-strains', 'summary.turn-up-resources', 'summary.evenly-distributed']) {
      expect(getDialogueQuestion(key)?.key, key).toBe(key);
    }
    expect(model.personalReflectionQuestions.every((question) => question.key.startsWith('personal.'))).toBe(true);
    for (const theme of model.themes) {
      expect(theme.questions.every((question) => question.key.startsWith(`theme.${theme.key}.`))).toBe(true);
    }
  });

  it('looks factors and questions up and returns null for unknown keys', () => {
    expect(getFactor('support-sparring')?.side).toBe('resource');
    expect(getFactor('no-such-factor')).toBeNull();
    expect(getDialogueQuestion('no-such-question')).toBeNull();
    expect(factorsBySide('strain')).toHaveLength(4);
    expect(factorsBySide('resource')).toHaveLength(7);
  });
});

// Every version a round may have frozen is held to the same rules, not only the current one.
describe.each(Object.values(questionnaireVersions).map((questionnaire) => [questionnaire.version, questionnaire] as const))('questionnaire %s', (version, questionnaire) => {
  it('is registered under its version and matches the model version', () => {
    expect(getQuestionnaire(version)).toBe(questionnaire);
    expect(questionnaire.modelVersion).toBe(leaderWellbeingModel.version);
  });

  it('has every text in Danish and English', () => {
    expectTranslated(questionnaire);
  });

  it('has unique item keys that follow the prefix of their side and point at a factor on that side', () => {
    const keys = [...questionnaire.items.map((item) => item.key), ...questionnaire.relations.map((relation) => relation.key), questionnaire.overall.key];
    expect(duplicates(keys)).toEqual([]);
    for (const item of questionnaire.items) {
      expect(item.key.startsWith(`${item.side}.${item.factorKey}.`), item.key).toBe(true);
      expect(item.key.split('.'), item.key).toHaveLength(3);
      const factor = getFactor(item.factorKey);
      expect(factor?.side, `${item.key} -> ${item.factorKey}`).toBe(item.side);
    }
  });

  it('asks 1–4 items about every factor (cross-pressure has four tensions), about 20–28 in all', () => {
    const sides: Side[] = ['strain', 'resource'];
    for (const side of sides) {
      for (const factor of factorsBySide(side)) {
        const count = questionnaire.items.filter((item) => item.factorKey === factor.key).length;
        expect(count, factor.key).toBeGreaterThanOrEqual(1);
        expect(count, factor.key).toBeLessThanOrEqual(4);
      }
    }
    expect(questionnaire.items.length).toBeGreaterThanOrEqual(20);
    expect(questionnaire.items.length).toBeLessThanOrEqual(28);
  });

  it('asks about each of the six relations once', () => {
    expect(questionnaire.relations).toHaveLength(6);
    const directions = questionnaire.relations.map((relation) => relation.relation);
    expect([...directions].sort()).toEqual(leaderWellbeingModel.relations.map((relation) => relation.key).sort());
    for (const relation of questionnaire.relations) expect(relation.key).toBe(`relation.${relation.relation}`);
  });

  it('gives every item, relation and the overall question a short label in both languages, unique and at most 32 characters', () => {
    const labelled = [...questionnaire.items, ...questionnaire.relations, questionnaire.overall];
    for (const locale of locales) {
      const labels = labelled.map((entry) => entry.shortLabel?.[locale]);
      for (const [i, label] of labels.entries()) {
        expect(typeof label, `${labelled[i]!.key}.${locale}`).toBe('string');
        expect(label!.trim(), `${labelled[i]!.key}.${locale} is empty`).not.toBe('');
        expect(label!.length, `${labelled[i]!.key}.${locale}: "${label}"`).toBeLessThanOrEqual(32);
        expect(label!.length, `${labelled[i]!.key}.${locale} is shorter than the question`).toBeLessThan(labelled[i]!.text[locale].length);
      }
      expect(duplicates(labels.map((label) => label!.toLocaleLowerCase(locale))), locale).toEqual([]);
    }
  });

  it('has exactly five labels on every scale', () => {
    expect(questionnaire.scaleLabels.strain).toHaveLength(5);
    expect(questionnaire.scaleLabels.resource).toHaveLength(5);
    expect(questionnaire.relationScaleLabels).toHaveLength(5);
    expect(questionnaire.overall.labels).toHaveLength(5);
    expect(questionnaire.overall.key).toBe('overall.balance');
    expect(questionnaire.overall.text).toEqual({
      da: 'Hvordan er din balance lige nu?',
      en: 'How is your balance right now?',
    });
  });
});
