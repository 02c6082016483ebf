# syntax=docker/dockerfile:1
# Production images of the CMS and the website, built from the workspace root:
#   docker build --target cms -t newsroom-cms .    docker build --target web -t newsroom-web .
FROM node:20-bookworm-slim AS base
ENV NEXT_TELEMETRY_DISABLED=1 STRAPI_TELEMETRY_DISABLED=true
WORKDIR /app

FROM base AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# The public media origin and the admin origin (allowed to frame the site) are fixed at build time.
ARG CMS_MEDIA_URL=http://localhost:1337
ARG CMS_ADMIN_ORIGIN=http://localhost:1337
ENV CMS_MEDIA_URL=${CMS_MEDIA_URL} CMS_ADMIN_ORIGIN=${CMS_ADMIN_ORIGIN}
COPY . .
RUN npm ci --no-audit --no-fund
# The website's build needs no CMS and no secrets: pages render on their first request.
# Strapi reads its config to build the admin bundle; the secrets are not part of it, so throw-away
# values serve here and the real ones come from the environment at run time.
RUN export APP_KEYS=build ADMIN_JWT_SECRET=build API_TOKEN_SALT=build TRANSFER_TOKEN_SALT=build \
      ENCRYPTION_KEY=build JWT_SECRET=build && \
    NODE_ENV=production npm run build -w cms && NODE_ENV=production npm run build -w web
RUN npm prune --omit=dev

FROM base AS cms
ENV NODE_ENV=production HOST=0.0.0.0 PORT=1337
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/shared/package.json ./shared/package.json
COPY --from=build /app/shared/dist ./shared/dist
COPY --from=build /app/cms ./cms
WORKDIR /app/cms
RUN mkdir -p public/uploads && chown -R node:node public .tmp 2>/dev/null || chown -R node:node public
USER node
EXPOSE 1337
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:1337/_health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "../node_modules/@strapi/strapi/bin/strapi.js", "start"]

FROM base AS web
ENV NODE_ENV=production
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/shared/package.json ./shared/package.json
COPY --from=build /app/shared/dist ./shared/dist
COPY --from=build /app/web ./web
WORKDIR /app/web
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/').then(r=>process.exit(r.status<500?0:1),()=>process.exit(1))"
CMD ["node", "../node_modules/next/dist/bin/next", "start", "-H", "0.0.0.0", "-p", "3000"]

# The caching proxy: Debian's Varnish 7.1 with varnish-modules (xkey), the same packages the tests run.
FROM debian:bookworm-slim AS proxy
RUN apt-get update \
  && apt-get install -y --no-install-recommends varnish varnish-modules \
  && rm -rf /var/lib/apt/lists/*
COPY deploy/varnish/newsroom.vcl deploy/varnish/backend.vcl /etc/varnish/
EXPOSE 80
# PURGE_SECRET comes from the environment (std.getenv in newsroom.vcl). -F: stay in the foreground.
CMD ["varnishd", "-F", "-a", ":80", "-f", "/etc/varnish/newsroom.vcl", "-s", "malloc,512m"]
