import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { READY_TO_PUBLISH, startCms, uploadTestImage, type BootedCms, type Database } from './helpers';

/**
 * Draft privacy probed from outside, generated from the content-type schemas: every
 * draft-and-publish type, every relation path that reaches it (one and two hops), over REST and
 * GraphQL, as every kind of credential that is not the preview token. Draft text carries a marker
 * word; a probe fails when the marker shows up, or when a filter on it changes the answer (an oracle).
 * Each probe also runs with the preview token, which must see the draft: a probe that cannot see
 * anything proves nothing.
 */

type Attribute = { type: string; relation?: string; target?: string };
type Schema = {
  uid: string;
  kind: string;
  plural: string;
  singular: string;
  draftAndPublish: boolean;
  attributes: Record<string, Attribute>;
};

const API_DIR = path.join(__dirname, '..', 'src', 'api');
const schemas: Schema[] = readdirSync(API_DIR).flatMap((api) =>
  readdirSync(path.join(API_DIR, api, 'content-types')).map((type) => {
    const json = JSON.parse(readFileSync(path.join(API_DIR, api, 'content-types', type, 'schema.json'), 'utf8')) as {
      kind: string;
      info: { pluralName: string; singularName: string };
      options?: { draftAndPublish?: boolean };
      attributes: Record<string, Attribute>;
    };
    return {
      uid: `api::${api}.${type}`,
      kind: json.kind,
      plural: json.info.pluralName,
      singular: json.info.singularName,
      draftAndPublish: json.options?.draftAndPublish === true,
      attributes: json.attributes,
    };
  }),
);
const byUid = new Map(schemas.map((schema) => [schema.uid, schema]));
const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const draftTypes = schemas.filter((schema) => schema.draftAndPublish);

/** A relation path from a collection type to a draft-and-publish type: ['authors', 'articles'], ['articles', 'author', 'articles']. */
type RelationPath = { from: Schema; fields: string[]; to: Schema };
const relationPaths: RelationPath[] = [];
for (const from of schemas.filter((schema) => schema.kind === 'collectionType')) {
  const walk = (at: Schema, fields: string[]) => {
    for (const [field, attribute] of Object.entries(at.attributes)) {
      const target = attribute.type === 'relation' && attribute.target ? byUid.get(attribute.target) : undefined;
      if (!target) continue;
      if (target.draftAndPublish) relationPaths.push({ from, fields: [...fields, field], to: target });
      if (fields.length === 0) walk(target, [field]);
    }
  };
  walk(from, []);
}
const pathName = (p: RelationPath) => [p.from.plural, ...p.fields].join('.');

/** The first plain text field of a type: where the marker goes, and what filters probe. */
const textField = (schema: Schema) =>
  Object.entries(schema.attributes).find(([, attribute]) => attribute.type === 'string')![0];

const MARKER = 'Zanzibarquill';
const ABSENT = 'Quokkaverbena';

/** Ways of saying "draft" that Strapi itself honours (each is checked with the preview token). */
const DRAFT_STATUS = [
  'status=draft',
  'status=DRAFT',
  'status=Draft',
  'status=xyz',
  'status[0]=draft',
  'status=',
  'status[$ne]=published',
];
/** Other spellings: no positive control (they may mean nothing to Strapi), but must never leak. */
const OTHER_PARAMS = [
  'publicationState=preview',
  'hasPublishedVersion=false',
  'status=draft&hasPublishedVersion=true',
  'publicationFilter=never-published',
  'status=draft&publicationFilter=modified',
  'lookup[publishedAt][$null]=true',
];

type Credential = 'public' | 'website read token' | 'custom read-only token' | 'full-access token';
const CREDENTIALS: Credential[] = ['public', 'website read token', 'custom read-only token', 'full-access token'];

type Answer = { status: number; text: string };

export function describeDraftPrivacy(database: Database) {
  let cms: BootedCms;
  const tokens = {} as Record<Credential, string | null>;
  const drafts = {} as Record<string, { neverPublished: string; edited: string }>;
  let mediaId = 0;

  async function rest(url: string, token: string | null, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${cms.url}${url}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { status: response.status, text: await response.text() };
  }
  const graphql = (query: string, token: string | null, variables: Record<string, unknown> = {}) =>
    rest('/graphql', token, { method: 'POST', body: JSON.stringify({ query, variables }) });

  async function createToken(name: string, type: 'custom' | 'full-access', permissions?: string[]) {
    const created = await cms.strapi.admin.services['api-token-content-api'].create({
      name,
      type,
      lifespan: null,
      permissions,
    });
    return created.accessKey as string;
  }

  beforeAll(async () => {
    cms = await startCms({ database });
    const documents = (uid: string) => cms.strapi.documents(uid);
    mediaId = await uploadTestImage(cms, 'A hall of empty chairs');
    // One entry of every type without drafts, linked to every draft-and-publish entry below.
    const plain: Record<string, string> = {};
    for (const schema of schemas.filter((s) => !s.draftAndPublish && s.kind === 'collectionType')) {
      const data = { [textField(schema)]: `${schema.singular} in the open`, slug: `${schema.singular}-open` };
      plain[schema.uid] = (await documents(schema.uid).create({ data })).documentId;
    }
    for (const schema of draftTypes) {
      const links: Record<string, unknown> = {};
      for (const [field, attribute] of Object.entries(schema.attributes)) {
        const target = attribute.target && plain[attribute.target];
        if (attribute.type === 'relation' && target)
          links[field] = attribute.relation?.endsWith('Many') ? [target] : target;
        if (attribute.type === 'media') links[field] = mediaId;
      }
      const text = textField(schema);
      const published = await documents(schema.uid).create({
        data: {
          [text]: 'Published and public',
          slug: `${schema.singular}-public`,
          imageSource: 'Newsroom',
          ...links,
          ...('body' in schema.attributes ? READY_TO_PUBLISH : {}),
        },
        status: 'published',
      });
      await documents(schema.uid).update({
        documentId: published.documentId,
        data: { [text]: `Unpublished rewrite ${MARKER}`, dek: `An edit that mentions ${MARKER}` },
      });
      const neverPublished = await documents(schema.uid).create({
        data: {
          [text]: `Draft ${MARKER}`,
          dek: `Draft dek ${MARKER}`,
          slug: `${schema.singular}-draft`,
          imageSource: 'Newsroom',
          ...links,
        },
      });
      drafts[schema.uid] = { neverPublished: neverPublished.documentId, edited: published.documentId };
    }

    // The public role with `find`/`findOne` on everything, as an operator opening the public API would.
    const readActions = [
      ...schemas.flatMap((schema) =>
        schema.kind === 'singleType' ? [`${schema.uid}.find`] : [`${schema.uid}.find`, `${schema.uid}.findOne`],
      ),
      'plugin::upload.content-api.find',
      'plugin::upload.content-api.findOne',
    ];
    const publicRole = await cms.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    for (const action of readActions) {
      await cms.strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action, role: publicRole.id } });
    }
    tokens.public = null;
    tokens['website read token'] = cms.readToken;
    tokens['custom read-only token'] = await createToken('Probe: find everything', 'custom', readActions);
    tokens['full-access token'] = await createToken('Probe: full access', 'full-access');
  }, 180_000);

  afterAll(async () => {
    await cms?.stop();
  });

  const noLeak = (answer: Answer) => {
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toContain(MARKER);
  };
  const leaks = (answer: Answer) => {
    expect(answer.status).toBe(200);
    expect(answer.text).toContain(MARKER);
  };

  // ---- REST -------------------------------------------------------------------------------------
  const restReads = [
    ...draftTypes.flatMap((to) =>
      DRAFT_STATUS.map((param) => [`${to.plural} ?${param}`, () => `/api/${to.plural}?${param}`, true] as const),
    ),
    ...draftTypes.flatMap((to) =>
      DRAFT_STATUS.map(
        (param) =>
          [
            `${to.plural}/:draft ?${param}`,
            () => `/api/${to.plural}/${drafts[to.uid].neverPublished}?${param}`,
            true,
          ] as const,
      ),
    ),
    ...draftTypes.flatMap((to) =>
      OTHER_PARAMS.map((param) => [`${to.plural} ?${param}`, () => `/api/${to.plural}?${param}`, false] as const),
    ),
    ...relationPaths.flatMap((p) =>
      DRAFT_STATUS.map(
        (param) =>
          [
            `${pathName(p)} populated ?${param}`,
            () => `/api/${p.from.plural}?${param}&${populateParam(p.fields)}`,
            true,
          ] as const,
      ),
    ),
  ];

  describe.each(CREDENTIALS)('REST as the %s', (credential) => {
    it.each(restReads)('%s shows no draft', async (_name, url) => {
      noLeak(await rest(url(), tokens[credential]));
    });

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a filter through %s is no oracle on draft text',
      async (_name, p) => {
        const ask = (word: string) =>
          rest(`/api/${p.from.plural}?${filterParam(p.fields, textField(p.to), word)}`, tokens[credential]);
        const [marked, absent] = [await ask(MARKER), await ask(ABSENT)];
        expect(marked.status).toBeLessThan(500);
        expect(marked.text).toBe(absent.text);
      },
    );

    // Two hops and more: a one-hop populate filter is a filter on the populated (published) rows themselves.
    it.each(relationPaths.filter((p) => p.fields.length > 1).map((p) => [pathName(p), p] as const))(
      'a filter inside a populate of %s is no oracle on draft text',
      async (_name, p) => {
        const [first, ...beyond] = p.fields;
        const ask = (word: string) =>
          rest(
            `/api/${p.from.plural}?populate[${first}]${filterParam(beyond, textField(p.to), word).replace(/^filters/, '[filters]')}`,
            tokens[credential],
          );
        const [marked, absent] = [await ask(MARKER), await ask(ABSENT)];
        expect(marked.status).toBeLessThan(500);
        expect(marked.text).toBe(absent.text);
      },
    );

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a negated filter or a sort through %s is refused with 400',
      async (_name, p) => {
        const negated = await rest(
          `/api/${p.from.plural}?${filterParam(['$not', ...p.fields], textField(p.to), MARKER)}`,
          tokens[credential],
        );
        expect(negated.status).toBe(400);
        const sorted = await rest(
          `/api/${p.from.plural}?sort=${[...p.fields, textField(p.to)].join('.')}:asc`,
          tokens[credential],
        );
        expect(sorted.status).toBe(400);
      },
    );

    it.each([
      'filters[articles][$null]=true',
      'filters[articles][$notNull]=true',
      'filters[articles]=1',
      'filters[articles][id][$in][0]=1',
      `filters[articles][$or][0][title][$containsi]=${MARKER}`,
      `filters[$not][$not][articles][title][$containsi]=${MARKER}`,
      `filters[$or][0][$not][articles][title][$containsi]=${MARKER}`,
      'sort[articles][title]=asc',
      'sort[0]=articles.title:desc',
      'populate[articles][count]=true',
      'populate[articles][sort]=title:asc',
      `populate[articles][filters][$not][author][articles][title][$containsi]=${MARKER}`,
      `populate[articles][populate][author][filters][articles][title][$containsi]=${MARKER}`,
      'populate[articles][fields][0]=searchText&status=draft',
      'populate[articles][publicationFilter]=modified',
      'populate[articles][status]=draft',
    ])('authors ?%s is answered without a 5xx or a draft', async (query) => {
      noLeak(await rest(`/api/authors?${query}`, tokens[credential]));
    });

    it('the media library hands out no entries through `related`', async () => {
      for (const url of [
        '/api/upload/files?populate=related',
        '/api/upload/files?populate[related][populate]=*',
        `/api/upload/files/${mediaId}?populate=related`,
        '/api/upload/files?filters[related][id][$notNull]=true',
      ]) {
        const answer = await rest(url, tokens[credential]);
        expect({ url, status: answer.status < 500, leaked: answer.text.includes(MARKER) }).toEqual({
          url,
          status: true,
          leaked: false,
        });
      }
      // The media library is closed to the content API altogether: files of drafts carry draft alt text.
      for (const url of [
        '/api/upload/files',
        `/api/upload/files/${mediaId}`,
        '/api/upload/files?filters[alternativeText][$containsi]=chairs',
      ]) {
        expect({ url, status: (await rest(url, tokens[credential])).status }).toEqual({ url, status: 403 });
      }
      // Positive control: the picture still reaches readers through the published article that uses it.
      const published = await rest(`/api/${draftTypes[0].plural}?populate=*`, tokens[credential]);
      expect(published.text).toContain('A hall of empty chairs');
    });

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a write to %s answers with published relations only and cannot attach drafts',
      async (_name, p) => {
        if (p.fields.length > 1 || credential !== 'full-access token') return;
        const id = JSON.parse((await rest(`/api/${p.from.plural}`, tokens[credential])).text).data[0].documentId;
        const [field] = p.fields;
        for (const query of [
          `status=draft&populate=${field}`,
          `populate[${field}][fields][0]=${textField(p.to)}&status=draft`,
        ]) {
          noLeak(
            await rest(`/api/${p.from.plural}/${id}?${query}`, tokens[credential], {
              method: 'PUT',
              body: JSON.stringify({ data: {} }),
            }),
          );
        }
        const counted = await rest(
          `/api/${p.from.plural}/${id}?status=draft&populate[${field}][count]=true`,
          tokens[credential],
          {
            method: 'PUT',
            body: JSON.stringify({ data: {} }),
          },
        );
        expect(counted.status).toBe(400);
        const attach = await rest(`/api/${p.from.plural}/${id}`, tokens[credential], {
          method: 'PUT',
          body: JSON.stringify({ data: { [field]: { connect: [drafts[p.to.uid].neverPublished] } } }),
        });
        expect(attach.status).toBe(400);
        expect(attach.text).toMatch(/set from the other side/);
      },
    );

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a sort of the related entries through another relation of %s is a 400, not a 500',
      async (_name, p) => {
        const [field] = p.fields;
        const answer = await rest(
          `/api/${p.from.plural}?populate[${field}][sort]=author.name:desc`,
          tokens[credential],
        );
        expect(answer.status).toBe(400);
        const graphqlAnswer = await graphql(
          `{ ${camel(p.from.plural)} { ${field} { ${textField(p.to)} } } }`.replace(
            `${field} {`,
            `${field}(sort: ["author.name:desc"]) {`,
          ),
          tokens[credential],
        );
        expect(graphqlAnswer.text).not.toMatch(/SqliteError|no such column|INTERNAL_SERVER_ERROR/);
      },
    );
  });

  describe('REST positive controls: the preview token sees each draft', () => {
    it.each(restReads.filter(([, , control]) => control))('%s', async (_name, url) => {
      leaks(await rest(url(), cms.previewToken));
    });

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a filter through %s tells draft text apart',
      async (_name, p) => {
        const ask = (word: string) =>
          rest(`/api/${p.from.plural}?status=draft&${filterParam(p.fields, textField(p.to), word)}`, cms.previewToken);
        expect((await ask(MARKER)).text).not.toBe((await ask(ABSENT)).text);
      },
    );
  });

  // ---- GraphQL ----------------------------------------------------------------------------------
  const draftArgs = [
    'status: DRAFT',
    'status: DRAFT, publicationFilter: NEVER_PUBLISHED',
    'status: DRAFT, hasPublishedVersion: false',
  ];
  const graphqlReads: (readonly [string, () => string, Record<string, unknown>])[] = [
    ...draftTypes.flatMap((to) => {
      const field = textField(to);
      return draftArgs.flatMap((args) => [
        [`${camel(to.plural)}(${args})`, () => `{ ${camel(to.plural)}(${args}) { ${field} dek } }`, {}] as const,
        [
          `${camel(to.plural)}_connection(${args})`,
          () => `{ ${camel(to.plural)}_connection(${args}) { nodes { ${field} } } }`,
          {},
        ] as const,
        [
          `${camel(to.singular)}(documentId, ${args})`,
          () => `query ($id: ID!) { ${camel(to.singular)}(documentId: $id, ${args}) { ${field} } }`,
          { draft: to.uid },
        ] as const,
      ]);
    }),
    ...relationPaths.flatMap((p) => {
      const selection = (fields: string[]): string =>
        fields.length === 0 ? `${textField(p.to)} dek` : `${fields[0]} { ${selection(fields.slice(1))} }`;
      return [
        [
          `${pathName(p)} selected`,
          () => `{ ${camel(p.from.plural)}(status: DRAFT) { ${selection(p.fields)} } }`,
          {},
        ] as const,
        [
          `${pathName(p)} as a connection`,
          () =>
            `{ ${camel(p.from.plural)}(status: DRAFT) { ${selection(p.fields.slice(0, -1)).replace(
              `${textField(p.to)} dek`,
              `${p.fields.at(-1)}_connection { nodes { ${textField(p.to)} } }`,
            )} } }`,
          {},
        ] as const,
      ];
    }),
  ];

  describe.each(CREDENTIALS)('GraphQL as the %s', (credential) => {
    it.each(graphqlReads)('%s shows no draft', async (_name, query, variables) => {
      const vars = variables.draft ? { id: drafts[variables.draft as string].neverPublished } : {};
      noLeak(await graphql(query(), tokens[credential], vars));
    });

    it.each(relationPaths.map((p) => [pathName(p), p] as const))(
      'a filter through %s is no oracle on draft text',
      async (_name, p) => {
        const filter = (word: string) =>
          p.fields.reduceRight(
            (inner, field) => `{ ${field}: ${inner} }`,
            `{ ${textField(p.to)}: { containsi: "${word}" } }`,
          );
        const root = camel(p.from.plural);
        for (const shape of [
          (word: string) => `{ ${root}(status: DRAFT, filters: ${filter(word)}) { documentId } }`,
          (word: string) =>
            `{ ${root}(filters: { or: [${filter(word)}, { documentId: { eq: "none" } }] }) { documentId } }`,
        ]) {
          const [marked, absent] = [
            await graphql(shape(MARKER), tokens[credential]),
            await graphql(shape(ABSENT), tokens[credential]),
          ];
          expect(marked.status).toBeLessThan(500);
          expect(marked.text).toBe(absent.text);
        }
      },
    );
  });

  describe('GraphQL positive controls: the preview token sees each draft', () => {
    it.each(graphqlReads)('%s', async (_name, query, variables) => {
      const vars = variables.draft ? { id: drafts[variables.draft as string].neverPublished } : {};
      leaks(await graphql(query(), cms.previewToken, vars));
    });
  });

  it('a mutation’s selection set shows published relations only, and articles cannot be written through the API', async () => {
    const token = tokens['full-access token'];
    const author = schemas.find((schema) => schema.uid === 'api::author.author')!;
    const authorId = (await cms.strapi.documents(author.uid).findFirst({})).documentId;
    const updated = await graphql(
      `
        mutation ($id: ID!) {
          updateAuthor(documentId: $id, data: { role: "Senior Editor" }) {
            role
            articles {
              title
              dek
            }
            articles_connection {
              nodes {
                title
              }
            }
          }
        }
      `,
      token,
      { id: authorId },
    );
    noLeak(updated);
    expect(updated.text).toContain('Published and public');
    for (const to of draftTypes) {
      const draftId = drafts[to.uid].edited;
      const write = await rest(`/api/${to.plural}/${draftId}`, token, {
        method: 'PUT',
        body: JSON.stringify({ data: {} }),
      });
      expect(write.status).toBe(403);
      noLeak(write);
      const mutation = await graphql(
        `mutation ($id: ID!) { update${to.singular[0].toUpperCase()}${camel(to.singular).slice(1)}(documentId: $id, data: {}) { ${textField(to)} } }`,
        token,
        { id: draftId },
      );
      noLeak(mutation);
      expect(mutation.text).toMatch(/Forbidden|written and published in the admin/);
    }
  });

  it('the website’s tokens read the publication’s types and nothing else', async () => {
    for (const token of [cms.readToken, cms.previewToken]) {
      expect((await rest('/api/upload/files', token)).status).toBe(403);
      expect((await rest('/api/users', token)).status).toBe(403);
      expect((await rest('/api/articles', token)).status).toBe(200);
      expect((await rest('/api/site-setting', token)).status).not.toBe(403);
    }
  });

  it('GraphQL has no root queries into the media library', async () => {
    for (const query of ['{ uploadFiles { name alternativeText } }', '{ uploadFiles_connection { nodes { name } } }']) {
      const answer = await graphql(query, tokens['full-access token']);
      noLeak(answer);
      expect(answer.status).toBe(400);
    }
  });

  it('GraphQL does not expose `related` on media files', async () => {
    const answer = await graphql('{ uploadFiles { name related { __typename } } }', tokens['full-access token']);
    noLeak(answer);
    expect(answer.status).toBe(400);
  });

  it('still serves published content to every credential', async () => {
    for (const credential of CREDENTIALS) {
      for (const to of draftTypes) {
        const answer = await rest(`/api/${to.plural}?sort=${textField(to)}:asc`, tokens[credential]);
        expect(answer.status).toBe(200);
        expect(JSON.parse(answer.text).data.map((entry: Record<string, string>) => entry[textField(to)])).toEqual([
          'Published and public',
        ]);
      }
    }
  });
}

function populateParam(fields: string[]): string {
  return (
    fields.reduce((param, field, index) => `${param}${index === 0 ? 'populate' : '[populate]'}[${field}]`, '') + '=true'
  );
}

function filterParam(fields: string[], text: string, word: string): string {
  return `filters${fields.map((field) => `[${field}]`).join('')}[${text}][$containsi]=${word}`;
}
