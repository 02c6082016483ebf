import type { Core, UID } from '@strapi/strapi';
import { ADMIN_VIEWS, type AdminView } from '../admin-views';

type FieldMeta = {
  edit?: { label?: string; description?: string; placeholder?: string; visible?: boolean; editable?: boolean };
  list?: { label?: string };
};
type EditRow = { name: string; size: number }[];
type Configuration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldMeta>;
  layouts?: { edit?: EditRow[]; list?: string[] };
};
type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
};
/** What was seeded last time, per content type: a value still equal to it is ours to update. */
type Seeded = Record<
  string,
  { fields: Record<string, Record<string, string>>; list: string[]; edit: EditRow[]; sort: string }
>;

/**
 * Fields of an article that the system keeps, never an editor: `reviewRevision` (the counter
 * behind "Revoke all review links"), `searchText` (rewritten on every save, for search) and
 * `formerSlugs` (old URLs that redirect, recorded on publish) and `sourceId` (where an imported
 * article came from, so importing the same source again updates it).
 */
export const SYSTEM_FIELDS = ['reviewRevision', 'searchText', 'formerSlugs', 'sourceId'];

const STORE_KEY = 'admin-views-seeded';

const editRows = (view: AdminView): EditRow[] => view.edit.map((row) => row.map(([name, size]) => ({ name, size })));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The view of one content type with ours applied wherever the operator has not changed Strapi's
 * default or what we seeded before: a label someone retyped in "Configure the view" stays theirs.
 */
export function applyView(
  configuration: Configuration,
  view: AdminView,
  previous: Seeded[string] | undefined,
  systemFields: string[] = [],
): { configuration: Configuration; seeded: Seeded[string] } {
  const metadatas = { ...configuration.metadatas };
  for (const [name, field] of Object.entries(view.fields)) {
    const meta = metadatas[name];
    if (!meta) continue;
    const edit = { ...meta.edit };
    const list = { ...meta.list };
    const defaults: Record<string, string> = { label: name, description: '', placeholder: '' };
    for (const key of ['label', 'description', 'placeholder'] as const) {
      const wanted = field[key];
      if (wanted === undefined) continue;
      const now = edit[key] ?? '';
      if (now === defaults[key] || now === previous?.fields[name]?.[key]) edit[key] = wanted;
    }
    if ((list.label ?? name) === name || list.label === previous?.fields[name]?.label) list.label = field.label;
    metadatas[name] = { ...meta, edit, list };
  }
  for (const name of systemFields) {
    const meta = metadatas[name];
    if (meta) metadatas[name] = { ...meta, edit: { ...meta.edit, visible: false, editable: false } };
  }

  const known = (name: string) => name in metadatas && !systemFields.includes(name);
  const layouts = { ...configuration.layouts };
  const edit = editRows(view)
    .map((row) => row.filter((field) => known(field.name)))
    .filter((row) => row.length > 0);
  const ours = !previous || same(layouts.edit, previous.edit);
  if (ours) {
    // Fields Strapi knows and our view does not place (a field added since) keep a row of their own.
    const placed = new Set(edit.flat().map((field) => field.name));
    const rest = (layouts.edit ?? []).flat().filter((field) => !placed.has(field.name) && known(field.name));
    layouts.edit = [...edit, ...rest.map((field) => [field])];
  } else {
    layouts.edit = (layouts.edit ?? [])
      .map((row) => row.filter((field) => !systemFields.includes(field.name)))
      .filter((row) => row.length > 0);
  }
  const list = view.list.filter(known);
  const ourList = !previous || same(layouts.list, previous.list);
  if (ourList) layouts.list = list;

  const settings = { ...configuration.settings };
  const sort = `${view.defaultSortBy}:${view.defaultSortOrder}`;
  const currentSort = `${String(settings.defaultSortBy)}:${String(settings.defaultSortOrder)}`;
  const ourSort = !previous || currentSort === previous.sort;
  if (ourSort) {
    settings.defaultSortBy = view.defaultSortBy;
    settings.defaultSortOrder = view.defaultSortOrder;
  }
  if (!previous) settings.mainField = view.mainField;
  return {
    configuration: { ...configuration, settings, metadatas, layouts },
    // What we wrote this time; where the operator's value stands, what we wrote before.
    seeded: {
      fields: Object.fromEntries(Object.entries(view.fields).map(([name, field]) => [name, { ...field }])),
      edit: ours ? (layouts.edit ?? []) : (previous?.edit ?? []),
      list: ourList ? list : (previous?.list ?? []),
      sort: ourSort ? sort : (previous?.sort ?? ''),
    },
  };
}

/**
 * Seeds the admin's views of our content types (labels, descriptions, placeholders, edit rows,
 * list columns, newest first) and keeps system-kept fields out of the form. Idempotent; a value an
 * operator changed later is left as they set it.
 */
export async function seedAdminViews(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types') as ContentTypesService;
  const store = strapi.store({ type: 'core', name: 'newsroom' });
  const seeded = ((await store.get({ key: STORE_KEY })) ?? {}) as Seeded;
  for (const [uid, view] of Object.entries(ADMIN_VIEWS)) {
    if (!strapi.contentTypes[uid as UID.ContentType]) continue;
    const configuration = await service.findConfiguration({ uid });
    const systemFields = uid === 'api::article.article' ? SYSTEM_FIELDS : [];
    const applied = applyView(configuration, view, seeded[uid], systemFields);
    if (!same(applied.configuration, configuration)) await service.updateConfiguration({ uid }, applied.configuration);
    seeded[uid] = applied.seeded;
  }
  await store.set({ key: STORE_KEY, value: seeded });
}
