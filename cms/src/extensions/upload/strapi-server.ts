type Context = { status: number; body: unknown };
type ControllerFactory = (deps: { strapi: unknown }) => Record<string, unknown>;
type UploadPlugin = {
  contentTypes: { file: { schema: { attributes: Record<string, { private?: boolean }> } } };
  controllers: Record<string, ControllerFactory>;
};

const refuse = async (ctx: Context) => {
  ctx.status = 403;
  ctx.body = {
    data: null,
    error: {
      status: 403,
      name: 'ForbiddenError',
      message: 'The media library is not part of the content API: pictures come with the entries that use them.',
    },
  };
};

/**
 * Media files have no drafts in Strapi, so its upload API lists every file — the pictures and alt
 * texts of unpublished articles too — to any credential granted `find` on files, and `related`
 * names the entries (drafts included) that use each one. Here the content API does not list or
 * read files at all (pictures reach readers through the published entries that use them, with
 * their alt text and credit), and `related` is private everywhere. Uploading stays as it is.
 */
export default (plugin: UploadPlugin): UploadPlugin => {
  plugin.contentTypes.file.schema.attributes.related.private = true;
  const contentApi = plugin.controllers['content-api'];
  plugin.controllers['content-api'] = (deps) => ({ ...contentApi(deps), find: refuse, findOne: refuse });
  return plugin;
};
