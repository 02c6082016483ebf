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
 * Fields of an article that the system keeps, never an editor: `reviewRevision` (the counter
 * behind "Revoke all review links", changed with the Review links panel) and `searchText`
 * (rewritten on every save, for search).
 */
export const SYSTEM_FIELDS = ['reviewRevision', 'searchText'];

/** Keeps the system-kept fields out of the article edit form. */
export async function hideSystemFields(strapi: Core.Strapi): Promise<void> {
  const contentType = strapi.contentType('api::article.article');
  const service = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const configuration = await service.findConfiguration(contentType);
  const edit = configuration.layouts?.edit;
  const metadatas = configuration.metadatas;
  if (!edit || !metadatas) return;
  const hidden = (name: string) => SYSTEM_FIELDS.includes(name);
  const inLayout = edit.some((row) => row.some((field) => hidden(field.name)));
  const visible = SYSTEM_FIELDS.some((name) => metadatas[name] && metadatas[name].edit?.visible !== false);
  if (!inLayout && !visible) return;
  const updated = { ...metadatas };
  for (const name of SYSTEM_FIELDS) {
    const meta = metadatas[name];
    if (meta) updated[name] = { ...meta, edit: { ...meta.edit, visible: false, editable: false } };
  }
  await service.updateConfiguration(contentType, {
    ...configuration,
    metadatas: updated,
    layouts: {
      ...configuration.layouts,
      edit: edit.map((row) => row.filter((field) => !hidden(field.name))).filter((row) => row.length > 0),
    },
  });
}
