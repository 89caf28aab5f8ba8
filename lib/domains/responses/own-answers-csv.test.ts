import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { questionnaire2026_1 as q } from '@/content/questionnaires/v2026-1';
import { ownAnswersCsv } from './own-answers-csv';
import type { OwnResponse } from './queries';

const cells = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

describe("the leader's own answers as CSV", () => {
  it('escapes a comment a spreadsheet would run as a formula, whatever it starts with', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const comment = `${start}HYPERLINK("http://evil.example")`;
      const own: OwnResponse = { status: 'IN_PROGRESS', revision: 1, answers: {}, comments: { strain: comment, resource: comment } };
      for (const [locale, delimiter] of [
        ['da', ';'],
        ['en', ','],
      ] as const) {
        const rows = cells(ownAnswersCsv(q, own, locale), delimiter);
        expect(rows.at(-1)![3], JSON.stringify(start)).toBe(`'${comment}`);
        expect(rows.at(-2)![3], JSON.stringify(start)).toBe(`'${comment}`);
      }
    }
  });

  it('keeps answers numbers, negative ones included', () => {
    const answers = Object.fromEntries([...q.relations.map((r) => [r.key, -2] as const), [q.items[0]!.key, 4]]);
    const rows = cells(ownAnswersCsv(q, { status: 'SUBMITTED', revision: 1, answers, comments: { strain: '', resource: '' } }, 'da'), ';');
    expect(rows.filter((row) => row[2] === '-2')).toHaveLength(q.relations.length);
    expect(rows.find((row) => row[1] === q.items[0]!.text.da)?.[2]).toBe('4');
  });
});
