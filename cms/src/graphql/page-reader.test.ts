import { articlePageQuery } from '@newsroom/shared';
import { parse } from 'graphql';
import { selectedFields } from './page-reader';

describe('selectedFields', () => {
  const document = parse(`
    query Page($slug: String!) {
      articles(filters: { slug: { eq: $slug } }) {
        body
        related(limit: 5) { ...Card author { name } }
        next: nextInSection { slug ... on Article { dek } }
      }
    }
    fragment Card on Article { title heroImage { url } ...Dates }
    fragment Dates on Article { publicationDate }
  `);

  it('names what is selected below the fields asked for, through fragments, and nothing above them', () => {
    expect(selectedFields(document, ['related', 'nextInSection']).sort()).toEqual(
      ['author', 'dek', 'heroImage', 'name', 'publicationDate', 'slug', 'title', 'url'].sort(),
    );
  });

  it('names every field of the document without a field to start below', () => {
    expect(selectedFields(document)).toEqual(expect.arrayContaining(['articles', 'body', 'related', 'title']));
  });

  it("leaves the article page's body out of its reading-on links", () => {
    const fields = selectedFields(articlePageQuery, ['related', 'previousInSection', 'nextInSection']);
    expect({ body: fields.includes('body'), slug: fields.includes('slug') }).toEqual({ body: false, slug: true });
  });
});
