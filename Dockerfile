# syntax=docker/dockerfile:1.7
# «Ты не один»: one image for the web process (`node dist/main.js`) and the match worker (`node dist/worker/main.js`).
# Production runs the JavaScript compiled by `npm run build` (tsc → dist/); no TypeScript runtime in the image.

ARG NODE_VERSION=24

# ── dependencies, exactly as locked ──
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
# The full tree: the compiler and the checks need the devDependencies.
RUN --mount=type=cache,target=/root/.npm npm ci

# ── runtime dependencies only ──
FROM node:${NODE_VERSION}-slim AS prod-deps
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

# ── optional gate: `docker build --target check .` runs lint + typecheck ──
FROM deps AS check
COPY . .
RUN npm run lint && npm run typecheck

# ── compile: src/ → dist/ ──
FROM deps AS build
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ── runtime ──
FROM node:${NODE_VERSION}-slim AS runtime
# GLIBC_TUNABLES as in `npm run start:prod`: glibc malloc returns large freed buffers to the system (idle RSS;
# README, "Embedded PGlite").
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_update_notifier=false \
    GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.mmap_threshold=131072:glibc.malloc.trim_threshold=131072
WORKDIR /app
# Code stays root-owned and read-only for the app user; only ./data (PGlite, if ever used) is writable.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
# dist/ finds ../locales and ../drizzle relative to itself (same layout as src/).
COPY drizzle ./drizzle
COPY locales ./locales
COPY --from=build /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# 3000: web process (PORT); 3002: the worker's /metrics + /health (WORKER_PORT).
EXPOSE 3000 3002
# Liveness of the web process only; compose adds dependency-aware /health/db + /health/redis checks for the
# app and for the worker (which answers on WORKER_PORT, not PORT).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Equivalent of `npm run start:prod` with node as PID 1, so SIGTERM reaches the graceful shutdown.
CMD ["node", "dist/main.js"]
