import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { safeSitePath } from '@/lib/preview/paths';

// "Exit preview" in the banner: back to the published site at the same path.
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  redirect(safeSitePath(request.nextUrl.searchParams.get('path')) ?? '/');
}
