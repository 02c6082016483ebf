import type { Core } from '@strapi/strapi';
import { slugFromText } from '@newsroom/shared';

const ARTICLE = 'api::article.article';

/** Types whose slug follows their name (the field the admin generates the slug from). */
const NAMED = {
  'api::author.author': 'author',
  'api::section.section': 'section',
  'api::tag.tag': 'tag',
} as const;
type NamedUid = keyof typeof NAMED;
const isNamed = (uid: string): uid is NamedUid => uid in NAMED;

/**
 * The slug the admin shows before anything is typed: its uid field generates one from the empty
 * headline or name, which reads as the type's own name ("article", "author-1").
 */
export function isPlaceholderSlug(slug: string | null | undefined, typeName: string): boolean {
  return !slug || new RegExp(`^${typeName}(?:-\\d+)?$`).test(slug);
}

/**
 * Who holds `slug` besides the article `documentId`, in plain words for the editor; null when it
 * is free. Another article's current slug (draft or published) or former slug (it still
 * redirects there) both hold it.
 */
export async function findSlugHolder(
  strapi: Core.Strapi,
  slug: string,
  documentId: string | null,
): Promise<string | null> {
  const others = documentId ? { documentId: { $ne: documentId } } : {};
  const owner = await strapi.db
    .query(ARTICLE)
    .findOne({ where: { slug, ...others }, select: ['title', 'publishedAt'], orderBy: { publishedAt: 'desc' } });
  if (owner) {
    const state = owner.publishedAt ? 'published article' : 'draft';
    return `The slug "${slug}" is taken by the ${state} “${owner.title}”: choose another.`;
  }
  const redirecting = await strapi.db
    .query(ARTICLE)
    .findOne({ where: { formerSlugs: { slug }, ...others }, select: ['title'] });
  if (redirecting) {
    return `The slug "${slug}" was the address of “${redirecting.title}” and still redirects there: choose another.`;
  }
  return null;
}

/**
 * The former slugs an article keeps once published: the slug it was live under before, if it
 * changes now; never the slug it is about to have (renaming back takes the old URL back).
 */
export function formerSlugsAfterPublish(
  former: { slug: string }[],
  liveSlug: string | null,
  nextSlug: string | null,
): { slug: string }[] {
  const slugs = new Set(former.map((entry) => entry.slug));
  if (liveSlug && liveSlug !== nextSlug) slugs.add(liveSlug);
  if (nextSlug) slugs.delete(nextSlug);
  return [...slugs].map((slug) => ({ slug }));
}

/** `base`, or `base-2`, `base-3`… — the first that no other document of `uid` uses. */
async function freeSlug(strapi: Core.Strapi, uid: string, base: string, documentId: string | null): Promise<string> {
  const others = documentId ? { documentId: { $ne: documentId } } : {};
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base.slice(0, 115)}-${n}`;
    const taken =
      uid === ARTICLE
        ? await findSlugHolder(strapi, candidate, documentId)
        : await strapi.db.query(uid as NamedUid).findOne({ where: { slug: candidate, ...others }, select: ['id'] });
    if (!taken) return candidate;
  }
  return `${base.slice(0, 100)}-${Date.now()}`;
}

/**
 * The slug an article should get from its headline, or null to keep what it has. Until the first
 * publish the slug follows the headline while the editor has not chosen one: while it is the
 * admin's placeholder ("article"), empty, or still what the previous headline read as.
 */
export async function followingSlug(
  strapi: Core.Strapi,
  article: { documentId: string | null; title: string | null; previousTitle: string | null; slug: string | null },
): Promise<string | null> {
  const fromTitle = slugFromText(article.title ?? '');
  if (!fromTitle) return null;
  const follows =
    isPlaceholderSlug(article.slug, 'article') ||
    (article.previousTitle !== null && article.slug === slugFromText(article.previousTitle)) ||
    (article.previousTitle !== null && article.slug?.startsWith(`${slugFromText(article.previousTitle)}-`) === true);
  if (!follows || article.slug === fromTitle) return null;
  return freeSlug(strapi, ARTICLE, fromTitle, article.documentId);
}

/**
 * Authors, sections and tags get their slug from their name when it is still the admin's
 * placeholder ("author", "section-1") or empty: they are live on save, so a chosen slug never moves.
 */
export function registerNameSlugs(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isNamed(context.uid) || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: { name?: string | null; slug?: string | null } };
    const data = params.data;
    if (!data) return next();
    const current =
      context.action === 'update' && params.documentId
        ? await strapi.db
            .query(context.uid)
            .findOne({ where: { documentId: params.documentId }, select: ['name', 'slug'] })
        : null;
    const slug = 'slug' in data ? data.slug : current?.slug;
    const name = 'name' in data ? data.name : current?.name;
    const fromName = slugFromText(name ?? '');
    if (fromName && isPlaceholderSlug(slug, NAMED[context.uid])) {
      data.slug = await freeSlug(strapi, context.uid, fromName, params.documentId ?? null);
    }
    return next();
  });
}
