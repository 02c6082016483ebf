import type { Core } from '@strapi/strapi';
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
    },
  };
};

export default config;
