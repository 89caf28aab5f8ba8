import { NextResponse } from 'next/server';
import { buildOpenApiDocument } from '@/lib/edges/api/openapi-document';
import { allV1Endpoints } from '@/lib/edges/api/v1';
import { env } from '@/lib/platform/env';

/** The public API's OpenAPI 3.1 document; no key needed to read it. */
export function GET(): NextResponse {
  const serverUrl = `${env().APP_URL.replace(/\/$/, '')}/api/v1`;
  return NextResponse.json(buildOpenApiDocument(allV1Endpoints, serverUrl));
}
