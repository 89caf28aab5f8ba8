/**
 * `npm run bench:save-profile -- [--leaders 40] [--count-statements]`
 *
 * Where a save's time goes (issue 19): one leader at a time, so nothing queues, each phase of
 * `POST /api/r/<token>/answers` and `/submit` timed on its own — the link lookup, the save
 * transaction, the submit transaction, and the whole route handler — against the bench database.
 * With --count-statements the statements each phase sends are counted from the query log
 * (LEDERTRIVSEL_QUERY_LOG), which slows every statement a little: timings and counts are
 * therefore taken in separate runs.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchEnv } from './lib/config';

process.env.TZ = 'UTC';
Object.assign(process.env, benchEnv());
const { values } = parseArgs({ options: { leaders: { type: 'string' }, 'count-statements': { type: 'boolean', default: false } }, strict: true });
const leaders = Number(values.leaders ?? 40);
const queryLog = values['count-statements'] ? join(mkdtempSync(join(tmpdir(), 'save-profile-')), 'queries.jsonl') : undefined;
if (queryLog) process.env.LEDERTRIVSEL_QUERY_LOG = queryLog;

const { prepareFixtures } = await import('./lib/fixtures');
const { lookupRespondent } = await import('@/lib/domains/responses/respondent-for-token');
const { saveAnswers, submitResponse } = await import('@/lib/domains/responses/mutations');
const { requiredKeys } = await import('@/lib/domains/responses/answer-rules');
const { getQuestionnaire, currentQuestionnaireVersion } = await import('@/content/questionnaires');
const { POST: saveRoute } = await import('@/app/api/r/[token]/answers/route');
const { POST: submitRoute } = await import('@/app/api/r/[token]/submit/route');
const { NextRequest } = await import('next/server');
const { disconnectDb } = await import('@/lib/platform/db');

const keys = requiredKeys(getQuestionnaire(currentQuestionnaireVersion)!);
const body = { answers: keys.map((itemKey) => ({ itemKey, value: itemKey.startsWith('relation.') ? 1 : 3 })) };
const statements = () => (queryLog && existsSync(queryLog) ? readFileSync(queryLog, 'utf8').split('\n').filter(Boolean).length : 0);

const fixtures = await prepareFixtures({ apiKeys: 0, leaders: leaders * 2 });
const phases = new Map<string, { ms: number[]; statements: number[] }>();
async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const before = statements();
  const started = performance.now();
  const result = await fn();
  const entry = phases.get(name) ?? { ms: [], statements: [] };
  entry.ms.push(performance.now() - started);
  entry.statements.push(statements() - before);
  phases.set(name, entry);
  return result;
}

for (const token of fixtures.linkTokens.slice(0, leaders)) {
  const link = await phase('link lookup', () => lookupRespondent(token, '127.0.0.1'));
  if (link?.state !== 'open') throw new Error('bench link is not open');
  await phase('save transaction (all answers)', () => saveAnswers(link.ctx, body));
  await phase('submit transaction', () => submitResponse(link.ctx));
}
for (const token of fixtures.linkTokens.slice(leaders)) {
  const request = new NextRequest(`http://bench/api/r/${token}/answers`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  const response = await phase('whole save route handler', () => saveRoute(request, { params: Promise.resolve({ token }) }));
  if (response.status !== 200) throw new Error(`save answered ${response.status}`);
  const submit = new NextRequest(`http://bench/api/r/${token}/submit`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
  const submitted = await phase('whole submit route handler', () => submitRoute(submit, { params: Promise.resolve({ token }) }));
  if (submitted.status !== 200) throw new Error(`submit answered ${submitted.status}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// The query log shows every statement but BEGIN (Prisma sends it below its query events).
console.log(`| phase | median ms (${leaders} leaders, one at a time) | statements logged (+ BEGIN per transaction) |`);
console.log('| --- | ---: | ---: |');
for (const [name, { ms, statements: counts }] of phases) console.log(`| ${name} | ${median(ms).toFixed(2)} | ${queryLog ? median(counts) : '–'} |`);
await disconnectDb();
process.exit(0);
