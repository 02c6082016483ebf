import type { Core, UID } from '@strapi/strapi';
// Fields the system keeps: nobody edits them in the admin.
import { SYSTEM_FIELDS } from './admin-layout';

const ARTICLE = 'api::article.article';
const DESK_TYPES = ['api::author.author', 'api::section.section', 'api::tag.tag', 'api::site-setting.site-setting'];
const EXPLORER = 'plugin::content-manager.explorer';
/** Fields the scheduler acts on: only those who may publish set them. */
export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'];

type Permission = {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
};
type RoleService = {
  findOne(params: { code: string }): Promise<{ id: number } | null>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
};

/**
 * The editable fields of a content type as permissions name them: attributes, with a component's
 * own fields as `component.field`.
 */
export function permissionFields(strapi: Core.Strapi, uid: string, without: string[] = []): string[] {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<
    string,
    { type: string; component?: string }
  >;
  return Object.entries(attributes).flatMap(([name, attribute]) => {
    if (without.includes(name)) return [];
    if (attribute.type === 'component' && attribute.component) {
      const component = strapi.components[attribute.component as UID.Component];
      return Object.keys(component?.attributes ?? {}).map((field) => `${name}.${field}`);
    }
    return [name];
  });
}

const MEDIA_LIBRARY = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** Editor: every article (edit, publish, unpublish, schedule, delete), the desk's other types, the media library. */
export function editorPermissions(strapi: Core.Strapi): Permission[] {
  const articleFields = permissionFields(strapi, ARTICLE, SYSTEM_FIELDS);
  const article = ['create', 'read', 'update'].map((verb) => ({
    action: `${EXPLORER}.${verb}`,
    subject: ARTICLE,
    properties: { fields: articleFields },
  }));
  const desk = DESK_TYPES.flatMap((uid) => {
    const fields = permissionFields(strapi, uid);
    return [
      ...['create', 'read', 'update'].map((verb) => ({
        action: `${EXPLORER}.${verb}`,
        subject: uid,
        properties: { fields },
      })),
      { action: `${EXPLORER}.delete`, subject: uid },
    ];
  });
  return [
    ...article,
    { action: `${EXPLORER}.publish`, subject: ARTICLE },
    { action: `${EXPLORER}.delete`, subject: ARTICLE },
    ...desk,
    ...MEDIA_LIBRARY.map((action) => ({ action })),
  ];
}

/**
 * Author: writes articles and edits only their own (Strapi's is-creator condition), may propose a
 * publish time but not set the schedule, cannot publish, unpublish or delete; reads authors,
 * sections and tags to pick them; uploads pictures and edits only their own.
 */
export function authorPermissions(strapi: Core.Strapi): Permission[] {
  const fields = permissionFields(strapi, ARTICLE, [...SYSTEM_FIELDS, ...SCHEDULE_FIELDS]);
  const own = ['admin::is-creator'];
  return [
    { action: `${EXPLORER}.create`, subject: ARTICLE, properties: { fields } },
    { action: `${EXPLORER}.read`, subject: ARTICLE, properties: { fields }, conditions: own },
    { action: `${EXPLORER}.update`, subject: ARTICLE, properties: { fields }, conditions: own },
    ...DESK_TYPES.filter((uid) => uid !== 'api::site-setting.site-setting').map((uid) => ({
      action: `${EXPLORER}.read`,
      subject: uid,
      properties: { fields: permissionFields(strapi, uid) },
    })),
    { action: 'plugin::upload.read' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions: own },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ];
}

function isRoleService(service: unknown): service is RoleService {
  const candidate = service as Partial<Record<keyof RoleService, unknown>> | undefined;
  return typeof candidate?.findOne === 'function' && typeof candidate.assignPermissions === 'function';
}

/** Bump when the permissions above change: roles are re-seeded once per version. */
const ROLES_VERSION = 1;
const STORE_KEY = 'roles-seeded';

/**
 * Gives Strapi's own Editor and Author roles the newsroom's permissions. Seeded once per version
 * of the definitions above, so an operator's later changes to a role stand until we change ours.
 * Neither role sees the content-type builder, settings, users, tokens or other developer tools:
 * those need permissions only the super admin has.
 */
export async function seedNewsroomRoles(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'core', name: 'newsroom' });
  const seeded = (await store.get({ key: STORE_KEY })) as { version?: number } | null;
  if (seeded?.version === ROLES_VERSION) return;
  const roles = strapi.service('admin::role');
  if (!isRoleService(roles)) throw new Error('Strapi’s admin role service has no assignPermissions: roles not seeded.');
  const editor = await roles.findOne({ code: 'strapi-editor' });
  const author = await roles.findOne({ code: 'strapi-author' });
  if (!editor || !author) {
    strapi.log.warn('Strapi’s Editor and Author roles are missing: newsroom roles not seeded.');
    return;
  }
  await roles.assignPermissions(editor.id, editorPermissions(strapi));
  await roles.assignPermissions(author.id, authorPermissions(strapi));
  await store.set({ key: STORE_KEY, value: { version: ROLES_VERSION, at: new Date().toISOString() } });
  strapi.log.info('Newsroom roles ready: Editor (publishes, schedules) and Author (drafts own articles).');
}
