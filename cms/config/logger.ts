import { winston, formats } from '@strapi/logger';
import { cmsEnv } from '../src/env';

// STRAPI_LOG_LEVEL quiets the CMS in tests ("error") or makes it chatty when debugging ("debug").
// Read without failing on missing secrets: the logger is set up before the rest of the config.
const level = (() => {
  try {
    return cmsEnv().logLevel;
  } catch {
    return 'info';
  }
})();

export default {
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(
        formats.levelFilter(level),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
      ),
    }),
  ],
};
