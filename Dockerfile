# syntax=docker/dockerfile:1.7
# «Ты не один»: one image for the web process (`npm start`) and the match worker (`npm run worker`).
# The TypeScript sources run through tsx (`node --import tsx`); `tsc` is only the type checker (noEmit).

ARG NODE_VERSION=24

# ── dependencies, exactly as locked ──
FROM node:${NODE_VERSION}-slim AS deps
WORKDIR /app
ENV npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
COPY package.json package-lock.json ./
# tsx is a devDependency and is needed at runtime, so the full tree is installed.
RUN --mount=type=cache,target=/root/.npm npm ci

# ── optional gate: `docker build --target check .` runs lint + typecheck ──
FROM deps AS check
COPY . .
RUN npm run lint && npm run typecheck

# ── runtime ──
FROM node:${NODE_VERSION}-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_update_notifier=false
WORKDIR /app
# Code stays root-owned and read-only for the app user; only ./data (PGlite, if ever used) is writable.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY drizzle ./drizzle
COPY locales ./locales
COPY src ./src
RUN mkdir -p /app/data && chown node:node /app/data
USER node
# 3000: web process (PORT); 3002: the worker's /metrics + /health (WORKER_PORT).
EXPOSE 3000 3002
# Liveness of the web process only; compose adds dependency-aware /health/db + /health/redis checks for the
# app and for the worker (which answers on WORKER_PORT, not PORT).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Equivalent of `npm start` (tsx src/main.ts) with node as PID 1, so SIGTERM reaches the graceful shutdown.
CMD ["node", "--import", "tsx", "src/main.ts"]
