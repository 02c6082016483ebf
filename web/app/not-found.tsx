import Link from 'next/link';
import { SearchForm } from '@/components/search-form';

export default function NotFound() {
  return (
    <main id="main" className="status-page">
      <p className="kicker">Error 404</p>
      <h1>This page could not be found</h1>
      <p>The article may have been moved or unpublished, or the address may be mistyped.</p>
      <div className="status-page__search">
        <SearchForm id="not-found-search-q" />
      </div>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </main>
  );
}
