import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bootStrapi } = require('../scripts/boot-strapi.cjs') as {
  bootStrapi: (options?: StartOptions) => Promise<BootedCms>;
};

export type Database = 'sqlite' | 'postgres';
type StartOptions = { seed?: boolean; database?: Database; databaseFile?: string };

export type BootedCms = {
  // Strapi's own types are too loose to help here; tests only call documented services.
  strapi: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  url: string;
  readToken: string;
  previewToken: string;
  stop: () => Promise<void>;
};

export const startCms = (options: StartOptions = {}) => bootStrapi(options);

type GraphqlResult<T> = { status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] };

/** Runs one of the website's GraphQL documents against the booted CMS, as the website does. */
export async function runQuery<TData, TVariables>(
  cms: BootedCms,
  document: TypedDocumentNode<TData, TVariables> | DocumentNode,
  variables: TVariables,
  token: string | null = cms.readToken,
): Promise<GraphqlResult<TData>> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphqlResult<TData>, 'status'>) };
}

/** Uploads a small generated JPEG through Strapi's upload service; returns the file id. */
export async function uploadTestImage(cms: BootedCms, alternativeText: string | null): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sharp = require('sharp') as typeof import('sharp');
  const picture = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#446688' } })
    .jpeg()
    .toBuffer();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-test-'));
  const filepath = path.join(dir, 'hero.jpg');
  await fs.writeFile(filepath, picture);
  const [file] = await cms.strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: 'hero.jpg', alternativeText } },
      files: { filepath, originalFilename: 'hero.jpg', mimetype: 'image/jpeg', size: picture.length },
    });
  await fs.rm(dir, { recursive: true, force: true });
  return file.id;
}

/** Captures the ValidationError a document-service call throws, so tests can read its field paths. */
export async function validationErrorOf(action: Promise<unknown>): Promise<{ name: string; paths: string[] }> {
  try {
    await action;
  } catch (error) {
    const e = error as { name: string; details?: { errors?: { path: string[] }[] } };
    return { name: e.name, paths: (e.details?.errors ?? []).map((item) => item.path.join('.')) };
  }
  throw new Error('Expected the CMS to refuse this article, but it was saved');
}

/** What publishing needs besides a headline and slug (see checkBeforePublish): a dek and a body with text. */
export const READY_TO_PUBLISH = {
  dek: 'What the piece argues, in one paragraph.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'The piece itself, in plain words.' }] }],
};
