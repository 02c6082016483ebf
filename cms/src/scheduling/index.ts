import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

/** Every minute, on the minute (Strapi's cron takes a seconds field first). */
export const EVERY_MINUTE = '0 * * * * *';

export type ScheduleRun = {
  published: string[];
  unpublished: string[];
  refused: { documentId: string; reason: string }[];
};

type Due = { id: number; documentId: string };

/**
 * Takes one due time off a draft row, atomically: the row is claimed only if it still holds the
 * time just read (a compare-and-set in one UPDATE), so when several CMS instances run the
 * scheduler on one database, exactly one of them acts on each article.
 */
async function claim(strapi: Core.Strapi, column: string, id: number): Promise<boolean> {
  const table = strapi.db.metadata.get(ARTICLE).tableName;
  const schema = strapi.db.getSchemaName();
  const rows = () => (schema ? strapi.db.connection(table).withSchema(schema) : strapi.db.connection(table));
  const current = await rows().where({ id }).first(column);
  const due = current?.[column];
  if (due === null || due === undefined) return false;
  const changed = await rows()
    .where({ id, [column]: due })
    .update({ [column]: null });
  return Number(changed) === 1;
}

function columnOf(strapi: Core.Strapi, attribute: 'publishAt' | 'unpublishAt'): string {
  const meta = strapi.db.metadata.get(ARTICLE).attributes[attribute] as { columnName?: string } | undefined;
  return meta?.columnName ?? attribute.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Publishes the drafts whose publish time has come and takes down the articles whose unpublish
 * time has come, exactly as the Publish and Unpublish buttons do (same checks, same website
 * notification). A draft the publish checks refuse stays a draft, and the reason is logged.
 */
export async function runSchedule(strapi: Core.Strapi, now = new Date()): Promise<ScheduleRun> {
  const run: ScheduleRun = { published: [], unpublished: [], refused: [] };
  const rows = strapi.db.query(ARTICLE);

  /** The drafts whose `attribute` time has come, each claimed by this runner (or skipped: another has it). */
  async function* claimed(attribute: 'publishAt' | 'unpublishAt'): AsyncGenerator<string> {
    const due: Due[] = await rows.findMany({
      where: { publishedAt: null, [attribute]: { $notNull: true, $lte: now } },
      select: ['id', 'documentId'],
      orderBy: { [attribute]: 'asc' },
      limit: 100,
    });
    for (const row of due) if (await claim(strapi, columnOf(strapi, attribute), row.id)) yield row.documentId;
  }

  for await (const documentId of claimed('publishAt')) {
    try {
      await strapi.documents(ARTICLE).publish({ documentId });
      run.published.push(documentId);
      strapi.log.info(`Scheduled publish: article ${documentId} is live.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      run.refused.push({ documentId, reason });
      strapi.log.warn(`Scheduled publish of article ${documentId} refused: ${reason}`);
    }
  }

  for await (const documentId of claimed('unpublishAt')) {
    const live = { documentId, publishedAt: { $notNull: true } };
    // The published row carries the time too (a publish copies the draft): clear it there as well.
    await rows.updateMany({ where: live, data: { unpublishAt: null } });
    if (!(await rows.findOne({ where: live, select: ['id'] }))) continue;
    await strapi.documents(ARTICLE).unpublish({ documentId });
    run.unpublished.push(documentId);
    strapi.log.info(`Scheduled unpublish: article ${documentId} is down.`);
  }
  return run;
}

/** Runs the schedule every minute (or on `rule`) on this CMS instance; safe on many instances at once. */
export function registerScheduler(strapi: Core.Strapi, rule: string): void {
  strapi.cron.add({
    newsroomSchedule: {
      task: async () => {
        await runSchedule(strapi).catch((error: unknown) => strapi.log.error(`The scheduler failed: ${String(error)}`));
      },
      options: { rule },
    },
  });
}
