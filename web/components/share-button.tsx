'use client';

import { useState } from 'react';

/**
 * "Share": the device's share sheet where there is one, else copies the link. Announces the
 * result to screen readers. Everything else on the article page works without JavaScript.
 */
export function ShareButton({ url, title }: { url: string; title: string }) {
  const [status, setStatus] = useState('');

  async function share() {
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ url, title });
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch (error) {
      // Closing the share sheet is not a failure.
      if ((error as Error)?.name !== 'AbortError') setStatus('Could not share: copy the address bar instead');
    }
  }

  return (
    <>
      <button type="button" className="share__button" onClick={share}>
        Share
      </button>
      <span className="share__status" role="status">
        {status}
      </span>
    </>
  );
}
