import type { Core } from '@strapi/strapi';
import { keepCompiledStatements } from '../src/database/sqlite-statements';
import { cmsEnv } from '../src/env';

const config = (): Core.Config.Database => {
  const database = cmsEnv().database;
  if (database.client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: database.url,
          host: database.host,
          port: database.port,
          database: database.name,
          user: database.username,
          password: database.password,
          ssl: database.ssl,
          schema: database.schema,
        },
        pool: database.pool,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: database.filename },
      useNullAsDefault: true,
      pool: {
        afterCreate: (connection: unknown, done: (error?: Error, connection?: unknown) => void) =>
          done(undefined, keepCompiledStatements(connection)),
      },
    },
  };
};

export default config;
