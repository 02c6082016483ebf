import { buildSchema, defaultFieldResolver, type GraphQLObjectType } from 'graphql';
import { plainFields } from './plain-fields';

const schema = buildSchema(`
  type Article { title: String, author: Author, body: String, secret: String }
  type Author { name: String }
  type Query { articles: [Article] }
`);
const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
// As Nexus leaves them: the default resolver on data fields, Strapi's own on relations.
fieldsOf('Article').title.resolve = defaultFieldResolver;
fieldsOf('Article').author.resolve = async () => ({ name: 'A. Writer' });
fieldsOf('Article').secret.resolve = defaultFieldResolver;
fieldsOf('Query').articles.resolve = defaultFieldResolver;

describe('plainFields', () => {
  it('hands back only unconfigured data fields off the root types', () => {
    const found = plainFields(
      { schema, extension: { resolversConfig: { 'Article.secret': { policies: ['is-editor'] } } } },
      defaultFieldResolver,
    );
    const fields = fieldsOf('Article');
    expect(found).toContain(fields.title);
    expect(found).toContain(fields.body); // no resolver at all: GraphQL's default
    expect(found).toContain(fieldsOf('Author').name);
    // A relation keeps Strapi's resolver, a configured field its policies, a query its auth check.
    expect(found).not.toContain(fields.author);
    expect(found).not.toContain(fields.secret);
    expect(found).not.toContain(fieldsOf('Query').articles);
  });

  it('reads configs given by type too', () => {
    const found = plainFields(
      { schema, extension: { resolversConfig: { Article: { title: { auth: false } } } } },
      defaultFieldResolver,
    );
    expect(found).not.toContain(fieldsOf('Article').title);
    expect(found).toContain(fieldsOf('Article').body);
  });
});
