# The API alone; Neo4j comes from docker-compose.yml (or NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY seed ./seed
COPY examples ./examples
COPY schema ./schema
COPY persisted ./persisted
EXPOSE 4000
USER node
CMD ["node_modules/.bin/tsx", "src/index.ts"]
