import type { Core } from '@strapi/strapi';

type EditLayout = { name: string; size: number }[][];
type Configuration = {
  metadatas?: Record<string, { edit?: Record<string, unknown> }>;
  layouts?: { edit?: EditLayout };
};
type ContentTypesService = {
  findConfiguration(contentType: unknown): Promise<Configuration>;
  updateConfiguration(contentType: unknown, configuration: Configuration): Promise<unknown>;
};

/**
 * Keeps `reviewRevision` (the counter behind "Revoke all review links") out of the article edit
 * form: editors change it with the Review links panel, never by typing a number.
 */
export async function hideReviewRevisionField(strapi: Core.Strapi): Promise<void> {
  const contentType = strapi.contentType('api::article.article');
  const service = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const configuration = await service.findConfiguration(contentType);
  const edit = configuration.layouts?.edit;
  const meta = configuration.metadatas?.reviewRevision;
  if (!edit || !meta) return;
  const inLayout = edit.some((row) => row.some((field) => field.name === 'reviewRevision'));
  if (!inLayout && meta.edit?.visible === false) return;
  await service.updateConfiguration(contentType, {
    ...configuration,
    metadatas: {
      ...configuration.metadatas,
      reviewRevision: { ...meta, edit: { ...meta.edit, visible: false, editable: false } },
    },
    layouts: {
      ...configuration.layouts,
      edit: edit.map((row) => row.filter((field) => field.name !== 'reviewRevision')).filter((row) => row.length > 0),
    },
  });
}
