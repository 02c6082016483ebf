type UploadPlugin = {
  contentTypes: { file: { schema: { attributes: Record<string, { private?: boolean }> } } };
};

/**
 * A media file's `related` lists every entry that uses it, drafts included, and Strapi's upload
 * API would populate it for any token with `find` on files (`/api/upload/files?populate=related`,
 * GraphQL `uploadFiles { related }`). Private attributes are dropped from content-API queries and
 * output and from the GraphQL schema; the admin's media library does not read them through there.
 */
export default (plugin: UploadPlugin): UploadPlugin => {
  plugin.contentTypes.file.schema.attributes.related.private = true;
  return plugin;
};
