# The API alone; Neo4j comes from docker-compose.yml (or NEO4J_URI).
# Node 24 is the current LTS; the build stage compiles TypeScript, the runtime stage runs plain node
# on the compiled output with production dependencies only, as a non-root user.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
# Compile the API, bundle the explorer's assets (web/ -> .build/explore), then drop dev dependencies.
RUN npx tsc -p tsconfig.build.json \
  && node -e "import('./dist/pages/build.js').then((m) => m.ensureExplorerBuilt())" \
  && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/.build ./.build
COPY --chown=node:node package.json ./
COPY --chown=node:node seed ./seed
COPY --chown=node:node examples ./examples
COPY --chown=node:node schema ./schema
COPY --chown=node:node persisted ./persisted
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/index.js"]
