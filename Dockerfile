# The app image. The database is a separate service (see docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json ./
RUN npm ci
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run db:generate && npx next build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 LEDERTRIVSEL_PREBUILT=1 HOST=0.0.0.0 PORT=3000
COPY --from=build --chown=node:node /app ./
EXPOSE 3000
USER node
CMD ["npx", "tsx", "--tsconfig", "tsconfig.scripts.json", "scripts/start.ts"]
