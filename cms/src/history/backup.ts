import type { Core } from '@strapi/strapi';
import { CHANGE_TYPES } from '@newsroom/shared';
import { cmsEnv } from '../env';
import { createWebsiteNotifier } from '../revalidation/website-notifier';
import { HISTORY_TABLE } from './index';

// Strapi's export and import carry content types and the core store, not tables of our own: the
// article history rides in the core store for the length of a backup and is put back on restore.
const STAGED = 'history-backup';
const store = (strapi: Core.Strapi) => strapi.store({ type: 'core', name: 'newsroom' });
const table = (strapi: Core.Strapi) => {
  const schema = strapi.db.getSchemaName();
  return schema ? strapi.db.connection(HISTORY_TABLE).withSchema(schema) : strapi.db.connection(HISTORY_TABLE);
};

type Row = {
  id: number;
  document_id: string;
  action: string;
  editor: string;
  data: string;
  created_at: string | number | Date;
};

/** Copies every version into the core store, where `strapi export` picks it up; returns how many. */
export async function stageHistoryForBackup(strapi: Core.Strapi): Promise<number> {
  const rows: Row[] = await table(strapi).select('*').orderBy('id');
  await store(strapi).set({
    key: STAGED,
    value: rows.map((row) => ({ ...row, created_at: new Date(row.created_at).toISOString() })),
  });
  return rows.length;
}

/** Removes the staged copy once the export has it. */
export async function clearStagedHistory(strapi: Core.Strapi): Promise<void> {
  await store(strapi).delete({ key: STAGED });
}

/** After `strapi import`: the history table becomes the backup's; returns how many versions. */
export async function restoreStagedHistory(strapi: Core.Strapi): Promise<number> {
  const staged: unknown = await store(strapi).get({ key: STAGED });
  if (!Array.isArray(staged)) return 0;
  const rows: Row[] = staged.filter(
    (row): row is Row => typeof row === 'object' && row !== null && 'document_id' in row,
  );
  await strapi.db.transaction(async ({ trx }) => {
    const schema = strapi.db.getSchemaName();
    const history = () => (schema ? trx(HISTORY_TABLE).withSchema(schema) : trx(HISTORY_TABLE));
    await history().delete();
    for (let start = 0; start < rows.length; start += 200) {
      const chunk = rows
        .slice(start, start + 200)
        .map(({ id: _id, ...row }) => ({ ...row, created_at: new Date(row.created_at) }));
      await history().insert(chunk);
    }
  });
  await clearStagedHistory(strapi);
  return rows.length;
}

/** Everything may have changed: the website expires every kind of page once. */
export async function announceRestore(strapi: Core.Strapi): Promise<void> {
  const website = cmsEnv().website;
  if (!website) return;
  const notifier = createWebsiteNotifier(website, strapi.log);
  for (const type of CHANGE_TYPES) await notifier.notify({ type, action: 'restore' });
}
