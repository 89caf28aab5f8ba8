import { describe, expect, it } from 'vitest';
import { questionnaireVersions } from '@/content/questionnaires';
import { catalogues } from '@/content/messages/catalogues';
import { leaderWellbeingModel } from './model';

/** Every English string of the model, the questionnaires and the English catalogue. */
function englishTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(englishTexts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.da === 'string') return [record.en];
    return Object.values(record).flatMap(englishTexts);
  }
  return [];
}

const english = [...englishTexts(leaderWellbeingModel), ...englishTexts(questionnaireVersions), ...englishTexts(catalogues.en)];

describe('English terms', () => {
  it('names each concept of the model one way: boundarylessness, support and sparring', () => {
    expect(english.filter((text) => /boundlessness|limitlessness|sounding board/i.test(text))).toEqual([]);
  });

  it('keeps "faglig" when it translates the support a leader needs', () => {
    expect(english.filter((text) => /professional, managerial and social support/i.test(text))).toEqual([]);
  });
});
