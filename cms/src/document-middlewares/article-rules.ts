import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { searchTextOf, validateArticle, type ArticleDraft } from '@newsroom/shared';

const ARTICLE = 'api::article.article';

type MediaRef = number | string | { id?: number | string } | null | undefined;
type ArticleData = {
  title?: string | null;
  dek?: string | null;
  body?: unknown;
  searchText?: string | null;
  imageSource?: string | null;
  heroImage?: MediaRef;
  publicationDate?: string | null;
};

/** Reads the id out of the shapes the admin and the APIs use to set a single media field. */
function mediaId(ref: MediaRef | MediaRef[]): number | string | null {
  const single = Array.isArray(ref) ? ref[0] : ref;
  if (single === null || single === undefined || single === '') return null;
  if (typeof single === 'object') return single.id ?? null;
  return single;
}

async function loadHeroImage(strapi: Core.Strapi, ref: MediaRef): Promise<ArticleDraft['heroImage']> {
  const id = mediaId(ref);
  if (id === null) return null;
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id }, select: ['alternativeText'] });
  return file ? { alternativeText: file.alternativeText } : null;
}

function refuse(fieldErrors: ReturnType<typeof validateArticle>): never {
  const summary = fieldErrors.map((e) => `${e.field}: ${e.message}`).join(' ');
  // The admin's edit view puts each `details.errors[].path` message beside that field.
  throw new errors.ValidationError(summary, {
    errors: fieldErrors.map((e) => ({ path: [e.field], message: e.message, name: 'ValidationError', value: null })),
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Editorial rules for articles, applied however an article is saved (admin, REST, GraphQL, seeders):
 * image source and alt text whenever a hero image is set, headline length; an article published
 * without a publication date gets today's. Keeps what search reads: `searchText` (headline, dek and
 * body, lower-cased).
 */
export function registerArticleRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== ARTICLE) return next();
    const params = context.params as { documentId?: string; data?: ArticleData; locale?: string };

    if (context.action === 'create' || context.action === 'update') {
      const data = params.data ?? {};
      const current =
        context.action === 'update' && params.documentId
          ? await strapi.db.query(ARTICLE).findOne({
              where: { documentId: params.documentId, publishedAt: null },
              populate: { heroImage: { select: ['id'] } },
            })
          : null;
      const merged = {
        title: 'title' in data ? data.title : current?.title,
        imageSource: 'imageSource' in data ? data.imageSource : current?.imageSource,
        heroImage: await loadHeroImage(strapi, 'heroImage' in data ? data.heroImage : current?.heroImage),
      };
      const fieldErrors = validateArticle(merged);
      if (fieldErrors.length > 0) refuse(fieldErrors);
      // What search reads, kept beside the fields it comes from; nobody types it.
      delete data.searchText;
      if ('title' in data || 'dek' in data || 'body' in data) {
        const pick = <K extends 'title' | 'dek' | 'body'>(key: K) => (key in data ? data[key] : current?.[key]);
        data.searchText = searchTextOf({ title: pick('title'), dek: pick('dek'), body: pick('body') });
      }
      return next();
    }

    if (context.action === 'publish' && params.documentId) {
      const draft = await strapi.db.query(ARTICLE).findOne({
        where: { documentId: params.documentId, publishedAt: null },
        populate: { heroImage: { select: ['id', 'alternativeText'] } },
      });
      if (draft) {
        const fieldErrors = validateArticle(draft);
        if (fieldErrors.length > 0) refuse(fieldErrors);
        if (!draft.publicationDate) {
          await strapi.db.query(ARTICLE).update({ where: { id: draft.id }, data: { publicationDate: today() } });
        }
      }
    }
    return next();
  });
}
