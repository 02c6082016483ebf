import type { Metadata } from 'next';
import { cache } from 'react';
import { routes } from '@newsroom/shared';
import { ArticleCard } from '@/components/article-card';
import { ListingView } from '@/components/listing-view';
import { searchArticles } from '@/lib/cms/listings';
import { getSite } from '@/lib/cms/site';
import { parseSearchParams, searchSummary } from '@/lib/search';

// Rendered per request (it reads the query string); the CMS answer behind each distinct search is
// cached for a minute (SEARCH_REVALIDATE_SECONDS) and expired whenever an article changes.

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

// Metadata and page share one CMS request per render (cached on the parsed query, not the raw URL).
const search = cache(async (terms: string, page: number) => {
  if (terms === '') {
    return { site: await getSite(), results: null };
  }
  const { site, articles } = await searchArticles(terms.split(' '), page);
  return { site, results: articles };
});

async function load(props: Props) {
  const request = parseSearchParams(await props.searchParams);
  return { request, ...(await search(request.terms.join(' '), request.page)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { request, site } = await load(props);
  return {
    title: request.query ? `Search: ${request.query} — ${site.name}` : `Search — ${site.name}`,
    // Result pages are for readers, not for search engines' indexes.
    robots: { index: false, follow: true },
    alternates: { canonical: routes.search() },
  };
}

export default async function SearchPage(props: Props) {
  const { request, site, results } = await load(props);
  const count = results?.total ?? 0;
  return (
    <ListingView
      site={site}
      query={request.query}
      className="front listing search"
      heading={<h1 className="listing__title">Search</h1>}
      intro={
        <p className="listing__intro" role="status">
          {results === null
            ? 'Search the headlines, standfirsts and full text of every published article.'
            : searchSummary(request.query, {
                count,
                capped: results.totalCapped,
                page: results.page,
                pageCount: results.pageCount,
              })}
        </p>
      }
      items={results}
      renderItem={(article) => (
        <ArticleCard key={article.documentId} article={article}>
          {article.excerpt ? (
            <p className="search-excerpt">
              {article.excerpt.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
            </p>
          ) : null}
        </ArticleCard>
      )}
      empty={
        count > 0 ? (
          <p className="empty">
            There are no more results. <a href={routes.search(request.query)}>Back to the first page</a>.
          </p>
        ) : null
      }
      hrefFor={(page) => routes.search(request.query, page)}
      labels={{ previous: 'Previous results', next: 'More results' }}
    />
  );
}
