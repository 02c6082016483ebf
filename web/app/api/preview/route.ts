import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { safeSitePath } from '@/lib/preview/paths';
import { secretMatches } from '@/lib/revalidation/request';

const refuse = (status: number, error: string) =>
  NextResponse.json({ error }, { status, headers: { 'cache-control': 'no-store' } });

// The Strapi admin's Preview button opens /api/preview?secret=…&path=/articles/<slug>: with the
// right secret the editor's browser enters draft mode and lands on that page of this site.
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  if (!secretMatches(params.get('secret'), getEnv().previewSecret)) {
    console.warn('Preview refused: wrong or missing secret', { path: params.get('path') });
    return refuse(401, 'Invalid or missing preview secret');
  }
  const path = safeSitePath(params.get('path'));
  if (!path) return refuse(400, 'path must be a path on this site, like /articles/<slug>');
  (await draftMode()).enable();
  redirect(path);
}
