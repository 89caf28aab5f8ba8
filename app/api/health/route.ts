import { NextResponse } from 'next/server';
import { checkDatabase } from '@/lib/platform/health/check-database';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await checkDatabase();
  const ok = database === 'ok';
  return NextResponse.json({ status: ok ? 'ok' : 'error', database }, { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
