import path from 'node:path';
import { isValidSlug } from '@newsroom/shared';
import { demoContentDir, readDemoArticles } from './demo-content';
import { markdownToBlocks } from './markdown-blocks';

// The demo publication is what a newcomer sees first: it must look like the real thing.
describe('demo articles', () => {
  const dir = demoContentDir(path.resolve(__dirname, '..', '..'));
  let articles: Awaited<ReturnType<typeof readDemoArticles>>;

  beforeAll(async () => {
    articles = await readDemoArticles(dir);
  });

  it('has at least six published articles and at least one draft', () => {
    expect(articles.filter((a) => a.status === 'published').length).toBeGreaterThanOrEqual(6);
    expect(articles.filter((a) => a.status === 'draft').length).toBeGreaterThanOrEqual(1);
  });

  it('gives every article a valid unique slug, a date, a credit and a caption', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    expect(slugs.size).toBe(articles.length);
    for (const article of articles) {
      expect(isValidSlug(article.slug)).toBe(true);
      expect(article.publicationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.imageSource.length).toBeGreaterThan(0);
      expect(article.heroCaption.length).toBeGreaterThan(0);
    }
  });

  it('writes long-form bodies: 800+ words, ten or more paragraphs, quoted speech', () => {
    for (const article of articles) {
      const words = article.body.split(/\s+/).filter(Boolean).length;
      const paragraphs = markdownToBlocks(article.body).filter((b) => b.type === 'paragraph').length;
      expect({ slug: article.slug, long: words >= 800, paragraphs: paragraphs >= 10 }).toEqual({
        slug: article.slug,
        long: true,
        paragraphs: true,
      });
      expect(article.body).toMatch(/[“"][^”"]+[”"]/);
    }
  });
});
