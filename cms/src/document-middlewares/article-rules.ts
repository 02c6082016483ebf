import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  checkBeforePublish,
  normalizeBody,
  searchTextOf,
  validateArticle,
  type ArticleDraft,
  type ArticleFieldError,
} from '@newsroom/shared';
import { findSlugHolder, formerSlugsAfterPublish, followingSlug } from './slugs';

const ARTICLE = 'api::article.article';

type MediaRef = number | string | { id?: number | string } | null | undefined;
type ArticleData = {
  title?: string | null;
  slug?: string | null;
  dek?: string | null;
  body?: unknown;
  searchText?: string | null;
  imageSource?: string | null;
  heroImage?: MediaRef | MediaRef[];
  heroAlt?: string | null;
  publicationDate?: string | null;
  formerSlugs?: { slug: string }[];
};
type ArticleRow = ArticleData & { id: number; documentId: string; heroImage?: { id: number } | null };
type Params = { documentId?: string; data?: ArticleData; status?: string };

/** Reads the id out of the shapes the admin and the APIs use to set a single media field. */
function mediaId(ref: MediaRef | MediaRef[]): number | string | null {
  const single = Array.isArray(ref) ? ref[0] : ref;
  if (single === null || single === undefined || single === '') return null;
  if (typeof single === 'object') return single.id ?? null;
  return single;
}

/** The media library's description of a picture, to prefill the article's own alt text. */
async function libraryAltText(strapi: Core.Strapi, id: number | string): Promise<string | null> {
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['alternativeText'] });
  return file?.alternativeText ?? null;
}

/** Refuses the save or publish, each message beside its field in the admin's edit view. */
function refuse(fieldErrors: ArticleFieldError[], what: 'saved' | 'published'): never {
  const summary = `The article cannot be ${what}: ${fieldErrors.map((e) => e.message).join(' ')}`;
  throw new errors.ValidationError(summary, {
    errors: fieldErrors.map((e) => ({ path: [e.field], message: e.message, name: 'ValidationError', value: null })),
  });
}

const today = () => new Date().toISOString().slice(0, 10);

const draftRow = (strapi: Core.Strapi, documentId: string): Promise<ArticleRow | null> =>
  strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: null },
    populate: { heroImage: { select: ['id'] }, formerSlugs: true },
  });

const publishedRow = (strapi: Core.Strapi, documentId: string): Promise<{ slug: string } | null> =>
  strapi.db.query(ARTICLE).findOne({ where: { documentId, publishedAt: { $notNull: true } }, select: ['slug'] });

/**
 * Everything that must hold before an article goes live (checkBeforePublish, and a slug no other
 * article holds or redirects from); then the former slug is recorded so the old URL redirects.
 * `article` is the draft as it will be published.
 */
async function beforeGoingLive(strapi: Core.Strapi, documentId: string | null, article: ArticleData & ArticleDraft) {
  const fieldErrors = checkBeforePublish(article);
  if (typeof article.slug === 'string' && article.slug !== '') {
    const holder = await findSlugHolder(strapi, article.slug, documentId);
    if (holder) fieldErrors.push({ field: 'slug', message: holder });
  }
  if (fieldErrors.length > 0) refuse(fieldErrors, 'published');
  if (!documentId) return { formerSlugs: undefined };
  const live = await publishedRow(strapi, documentId);
  return { formerSlugs: formerSlugsAfterPublish(article.formerSlugs ?? [], live?.slug ?? null, article.slug ?? null) };
}

/**
 * Editorial rules for articles, applied however an article is saved (admin, REST, GraphQL,
 * importers, seeders), each refusal named against its field in plain words:
 * - every save: headline length, image source with a hero image; the body loses the empty
 *   paragraphs pasting leaves; the alt text is prefilled from the media library; until the first
 *   publish the slug follows the headline; `searchText` is kept for search;
 * - publishing (the Publish button, a schedule, or a save with status "published"): the checks of
 *   `checkBeforePublish`, a free slug, today's date when none is set, and the former slug kept.
 */
export function registerArticleRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as Params;

    if (context.action === 'create' || context.action === 'update') {
      const data = params.data ?? {};
      params.data = data;
      const current =
        context.action === 'update' && params.documentId ? await draftRow(strapi, params.documentId) : null;
      const pick = <K extends keyof ArticleData>(key: K): ArticleData[K] => (key in data ? data[key] : current?.[key]);

      if ('body' in data) data.body = normalizeBody(data.body);
      const heroId = mediaId(pick('heroImage'));
      if (heroId !== null && !(pick('heroAlt') ?? '').trim()) {
        const alt = await libraryAltText(strapi, heroId);
        if (alt) data.heroAlt = alt;
      }
      const everPublished = params.documentId ? (await publishedRow(strapi, params.documentId)) !== null : false;
      if (!everPublished && !(current?.formerSlugs?.length ?? 0)) {
        const slug = await followingSlug(strapi, {
          documentId: params.documentId ?? null,
          title: pick('title') ?? null,
          previousTitle: current?.title ?? null,
          slug: pick('slug') ?? null,
        });
        if (slug) data.slug = slug;
      }

      const merged = {
        title: pick('title'),
        slug: pick('slug'),
        dek: pick('dek'),
        body: pick('body'),
        heroImage: heroId,
        heroAlt: pick('heroAlt'),
        imageSource: pick('imageSource'),
        formerSlugs: current?.formerSlugs,
      };
      const fieldErrors = validateArticle(merged);
      if (fieldErrors.length > 0) refuse(fieldErrors, 'saved');
      if (params.status === 'published') {
        const { formerSlugs } = await beforeGoingLive(strapi, params.documentId ?? null, merged);
        if (formerSlugs) data.formerSlugs = formerSlugs;
        if (!pick('publicationDate')) data.publicationDate = today();
      }
      // What search reads, kept beside the fields it comes from; nobody types it.
      delete data.searchText;
      if ('title' in data || 'dek' in data || 'body' in data) {
        data.searchText = searchTextOf({ title: pick('title'), dek: pick('dek'), body: pick('body') });
      }
      return next();
    }

    if (context.action === 'publish' && params.documentId) {
      const draft = await draftRow(strapi, params.documentId);
      if (draft) {
        const { formerSlugs } = await beforeGoingLive(strapi, params.documentId, {
          ...draft,
          heroImage: draft.heroImage?.id ?? null,
        });
        const changes: { formerSlugs?: { slug: string }[]; publicationDate?: string } = {};
        if (formerSlugs && formerSlugs.length !== (draft.formerSlugs ?? []).length) changes.formerSlugs = formerSlugs;
        if (!draft.publicationDate) changes.publicationDate = today();
        if (Object.keys(changes).length > 0) {
          await strapi.documents(ARTICLE).update({ documentId: params.documentId, data: changes });
        }
      }
    }
    return next();
  });
}
