'use client';

// Shown when a page cannot be rendered (for instance the CMS is unreachable and no cached copy
// exists). Nothing here is cached: the next request tries again.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="status-page">
      <p className="kicker">Temporarily unavailable</p>
      <h1>We could not load this page</h1>
      <p>Please try again in a moment.</p>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </p>
    </main>
  );
}
