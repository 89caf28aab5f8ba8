import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allDialogueQuestions } from './index';
import { leaderWellbeingModel as model } from './model';
import type { Origin } from '../types';

/*
 * The seed: BFA's introduction tool as text (source/saet-spot-paa-lederes-trivsel.txt, extracted
 * from the PDF). Line breaks, words hyphenated across lines and bullets are layout, not wording.
 */
const seed = readFileSync(join(__dirname, 'source', 'saet-spot-paa-lederes-trivsel.txt'), 'utf8')
  .replace(/-[ \t]*\n\s*/g, '')
  .replace(/•/g, ' ')
  .replace(/\s+/g, ' ');

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The Danish texts the content says it takes word for word from the seed. */
const quoted: [string, string][] = [
  ...model.audience.map((line, i) => [`audience ${i + 1}`, line.da] as [string, string]),
  ['research title', model.research.title.da],
  ['research intro', model.research.intro.da],
  ...model.research.findings.map((finding, i) => [`research finding ${i + 1}`, finding.da] as [string, string]),
  ['research link', model.research.link.label.da],
  ...model.introductionSteps.map((step) => [`step ${step.number} label`, step.label.da] as [string, string]),
  ...model.themes.flatMap((theme) => theme.keyPoints.map((point, i) => [`${theme.key} key point ${i + 1}`, point.da] as [string, string])),
  ['relations title', model.relationsIntro.title.da],
  ['relations text', model.relationsIntro.text.da],
  ...model.dialogueKinds.map((kind) => [`dialogue kind ${kind.key}`, kind.title.da] as [string, string]),
];

/** Every text that carries a mark of where its wording comes from. */
const marked: { name: string; text: string; origin: Origin }[] = [
  ...allDialogueQuestions().map((question) => ({ name: `question ${question.key}`, text: question.text.da, origin: question.origin })),
  ...model.relations.map((relation) => ({ name: `relation ${relation.key}`, text: relation.description.da, origin: relation.origin })),
];
const fromSeed = marked.filter((entry) => entry.origin === 'seed').map((entry) => [entry.name, entry.text] as [string, string]);
const notVerbatim = marked.filter((entry) => entry.origin !== 'seed').map((entry) => [entry.name, entry.origin, entry.text] as [string, Origin, string]);

describe('wording taken from the seed', () => {
  it.each(quoted)('finds %s word for word in BFA’s text', (_, text) => {
    expect(seed).toContain(normalised(text));
  });

  it.each(fromSeed)('finds %s, marked as the seed’s, word for word in BFA’s text', (_, text) => {
    expect(seed).toContain(normalised(text));
  });

  // A text marked as adapted or as our own that turns out to be BFA's verbatim should say so.
  it.each(notVerbatim)('does not find %s, marked %s, verbatim in BFA’s text', (_, _origin, text) => {
    expect(seed).not.toContain(normalised(text));
  });

  it('marks the questions the seed does not give as Ledertrivsel’s own', () => {
    const own = (keys: readonly { key: string; origin: Origin }[]) => keys.filter((question) => question.origin === 'ledertrivsel').map((question) => question.key);
    const tool1 = model.followUpTools.find((tool) => tool.number === 1)?.questions ?? [];
    expect(tool1).toHaveLength(5);
    expect(own(tool1)).toHaveLength(5);
    expect(own(model.personalReflectionQuestions)).toEqual(['personal.own-actions', 'personal.needs-from-others']);
    expect(model.relations.filter((relation) => relation.origin === 'ledertrivsel').map((relation) => relation.key)).toEqual(['inward', 'out']);
  });

  it('keeps the themes’ points as lists, not as run-on prose after the explanation', () => {
    for (const theme of model.themes) {
      expect(theme.keyPoints.length, theme.key).toBeGreaterThanOrEqual(3);
      expect(theme.explanation.da).not.toContain('Det vigtige ved dette tema er altså');
    }
  });
});
