import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { drawAvatar, drawHeroImage, drawLogo } from './demo-images';
import { markdownToBlocks, parseFrontMatter } from './markdown-blocks';

type Catalog = {
  site: { siteName: string; description: string };
  sections: { name: string; slug: string; description: string }[];
  tags: { name: string; slug: string }[];
  authors: { name: string; slug: string; role: string; bio: string }[];
};

export type DemoArticle = {
  title: string;
  slug: string;
  dek: string;
  publicationDate: string;
  author: string;
  section: string;
  tags: string[];
  heroCaption: string;
  heroAlt: string;
  imageSource: string;
  status: 'published' | 'draft';
  body: string;
};

const STORE_KEY = 'demo-content-seeded';
const REQUIRED_FIELDS = [
  'title',
  'slug',
  'dek',
  'publicationDate',
  'author',
  'section',
  'heroCaption',
  'heroAlt',
  'imageSource',
  'status',
];

/** The demo-content folder beside `src/`, whether running from source or from `dist/`. */
export function demoContentDir(appRoot: string): string {
  return path.join(appRoot, 'demo-content');
}

/** Reads and checks every demo article file. */
export async function readDemoArticles(dir: string): Promise<DemoArticle[]> {
  const files = (await fs.readdir(path.join(dir, 'articles'))).filter((f) => f.endsWith('.md')).sort();
  return Promise.all(
    files.map(async (file) => {
      const { fields, body } = parseFrontMatter(await fs.readFile(path.join(dir, 'articles', file), 'utf8'));
      const missing = REQUIRED_FIELDS.filter((name) => !fields[name]);
      if (missing.length > 0) throw new Error(`Demo article ${file} lacks ${missing.join(', ')}`);
      return {
        ...(fields as Omit<DemoArticle, 'tags' | 'status' | 'body'>),
        tags: (fields.tags ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        status: fields.status === 'draft' ? 'draft' : 'published',
        body,
      };
    }),
  );
}

async function uploadPicture(
  strapi: Core.Strapi,
  picture: Buffer,
  name: string,
  info: { alternativeText: string; caption?: string },
): Promise<number> {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-seed-'));
  const filepath = path.join(tmp, name);
  try {
    await fs.writeFile(filepath, picture);
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name, alternativeText: info.alternativeText, caption: info.caption ?? null } },
        files: {
          filepath,
          originalFilename: name,
          mimetype: name.endsWith('.png') ? 'image/png' : 'image/jpeg',
          size: picture.length,
        },
      });
    return file.id;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Fills an empty database with the demo publication: sections, tags, authors, site settings and
 * the articles in demo-content/articles (one of them left as a draft). Runs once: a marker in the
 * core store keeps it from coming back after editors delete the demo content.
 */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'newsroom' });
  if (await store.get({ key: STORE_KEY })) return;
  if ((await strapi.documents('api::article.article').count({})) > 0) {
    await store.set({ key: STORE_KEY, value: { skipped: 'database already had articles' } });
    return;
  }

  const dir = demoContentDir(strapi.dirs.app.root);
  const catalog = JSON.parse(await fs.readFile(path.join(dir, 'catalog.json'), 'utf8')) as Catalog;
  const articles = await readDemoArticles(dir);
  strapi.log.info(`Seeding demo content: ${articles.length} articles…`);

  const ids = { section: new Map<string, string>(), tag: new Map<string, string>(), author: new Map<string, string>() };
  for (const section of catalog.sections) {
    const created = await strapi.documents('api::section.section').create({ data: section });
    ids.section.set(section.slug, created.documentId);
  }
  for (const tag of catalog.tags) {
    const created = await strapi.documents('api::tag.tag').create({ data: tag });
    ids.tag.set(tag.slug, created.documentId);
  }
  for (const author of catalog.authors) {
    const avatar = await uploadPicture(strapi, await drawAvatar(author.slug), `${author.slug}.jpg`, {
      alternativeText: `Portrait of ${author.name}`,
    });
    const created = await strapi.documents('api::author.author').create({ data: { ...author, avatar } });
    ids.author.set(author.slug, created.documentId);
  }
  const logo = await uploadPicture(strapi, await drawLogo(), 'logo.png', {
    alternativeText: `${catalog.site.siteName} logo`,
  });
  await strapi.documents('api::site-setting.site-setting').create({ data: { ...catalog.site, logo } });

  for (const article of articles) {
    const heroImage = await uploadPicture(strapi, await drawHeroImage(article.slug), `${article.slug}.jpg`, {
      alternativeText: article.heroAlt,
      caption: article.heroCaption,
    });
    const lookup = (map: Map<string, string>, slug: string, kind: string) => {
      const documentId = map.get(slug);
      if (!documentId) throw new Error(`Demo article ${article.slug} names unknown ${kind} "${slug}"`);
      return documentId;
    };
    await strapi.documents('api::article.article').create({
      data: {
        title: article.title,
        slug: article.slug,
        dek: article.dek,
        body: markdownToBlocks(article.body),
        heroImage,
        heroCaption: article.heroCaption,
        imageSource: article.imageSource,
        publicationDate: article.publicationDate,
        author: lookup(ids.author, article.author, 'author'),
        section: lookup(ids.section, article.section, 'section'),
        tags: article.tags.map((tag) => lookup(ids.tag, tag, 'tag')),
        seo: { metaDescription: article.dek.slice(0, 200) },
      },
      status: article.status === 'published' ? 'published' : undefined,
    });
  }
  await store.set({ key: STORE_KEY, value: { seededAt: new Date().toISOString(), articles: articles.length } });
  strapi.log.info('Demo content ready.');
}
