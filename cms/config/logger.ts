import { winston, formats } from '@strapi/logger';

// STRAPI_LOG_LEVEL quiets the CMS in tests ("error") or makes it chatty when debugging ("debug").
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.STRAPI_LOG_LEVEL || 'info',
      format: winston.format.combine(
        formats.levelFilter(process.env.STRAPI_LOG_LEVEL || 'info'),
        formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
      ),
    }),
  ],
};
