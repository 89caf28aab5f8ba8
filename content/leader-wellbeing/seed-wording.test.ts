import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaderWellbeingModel as model } from './model';

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
];

describe('wording taken from the seed', () => {
  it.each(quoted)('finds %s word for word in BFA’s text', (_, text) => {
    expect(seed).toContain(normalised(text));
  });

  it('keeps the themes’ points as lists, not as run-on prose after the explanation', () => {
    for (const theme of model.themes) {
      expect(theme.keyPoints.length, theme.key).toBeGreaterThanOrEqual(3);
      expect(theme.explanation.da).not.toContain('Det vigtige ved dette tema er altså');
    }
  });
});
