import { routes } from '@newsroom/shared';

/** The site search: a plain GET form, so it works before (and without) any JavaScript. */
export function SearchForm({ id, query = '' }: { id: string; query?: string }) {
  return (
    <form action={routes.search()} method="get" role="search" aria-label="Search articles" className="search-form">
      <label htmlFor={id} className="visually-hidden">
        Search articles
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={100}
        placeholder="Search articles"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}
