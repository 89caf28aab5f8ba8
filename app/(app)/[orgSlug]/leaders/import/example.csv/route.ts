import { NextResponse } from 'next/server';
import { staffRoute } from '@/lib/edges/api/staff-route';
import { getGroupOptions } from '@/lib/domains/groups/queries';
import { PATH_SEPARATOR } from '@/lib/domains/groups/tree';
import { exampleCsv } from '@/lib/domains/leaders/import/example-csv';

/** An example file to fill in, in the user's language, using the organisation's own deepest groups. */
export const GET = staffRoute({ permission: 'leaders:manage' }, async ({ actor }) => {
  const groups = await getGroupOptions(actor.organisationId);
  const deepest = [...groups].sort((a, b) => b.depth - a.depth).map((g) => g.path.split(PATH_SEPARATOR).join('/'));
  const filename = actor.locale === 'da' ? 'ledere-eksempel.csv' : 'leaders-example.csv';
  return new NextResponse(exampleCsv(actor.locale, deepest), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  });
});
