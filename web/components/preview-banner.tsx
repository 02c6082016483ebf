import Link from 'next/link';
import { routes } from '@newsroom/shared';

/** The strip that tells an editor or reviewer they are reading something readers cannot see. */
export function PreviewBanner({ kind, exitPath }: { kind: 'preview' | 'review'; exitPath?: string }) {
  return (
    <div className="preview-banner" role="status">
      <strong>{kind === 'preview' ? 'Preview — not published' : 'Review copy — not published'}</strong>
      <span>
        {kind === 'preview'
          ? 'You are reading the latest draft.'
          : 'Shared for review. Please do not forward this link.'}
      </span>
      {exitPath ? (
        <Link href={routes.exitPreview(exitPath)} prefetch={false}>
          Exit preview
        </Link>
      ) : null}
    </div>
  );
}
