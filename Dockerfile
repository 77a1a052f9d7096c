# syntax=docker/dockerfile:1
# briefbot: one process for Discord, Slack or both; health and metrics on 9464.
#   docker build -t briefbot .
#   docker run --env-file .env -p 3000:3000 -p 9464:9464 -v briefbot-data:/data briefbot
# See the README, "Operating it", for every variable.

# ── builder: native build of better-sqlite3, type-check, compile, then drop dev dependencies ──
FROM node:20-bookworm-slim AS builder
# better-sqlite3 downloads a prebuilt binary when one matches; these build it from source when not.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# Everything .dockerignore lets through: `npm run build` type-checks src, tests, bench and eval.
COPY . .
# The same steps CI runs (.ci/run), so a step that breaks here breaks there first. `compile` also bundles the CLI and
# the service (dist/main.js, the CMD below) and makes the CLI's V8 code cache with one digest of briefings/
# (scripts/bundle-cli.ts): same node image as the runtime stage, so the runtime's V8 accepts it.
RUN npm run build \
 && npm run compile \
 && npm prune --omit=dev --no-audit --no-fund

# ── runtime: production dependencies, compiled JavaScript, document sets and config only ──
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    BRIEFBOT_STORE_PATH=/data/briefbot.sqlite \
    METRICS_PORT=9464 \
    SLACK_PORT=3000
WORKDIR /app
COPY --from=builder --chown=root:root /app/package.json ./package.json
COPY --from=builder --chown=root:root /app/node_modules ./node_modules
COPY --from=builder --chown=root:root /app/dist ./dist
COPY --chown=root:root briefings ./briefings
COPY --chown=root:root config ./config
COPY --chown=root:root lexicon ./lexicon
# The code is root-owned and read-only to the bot; only /data is its to write.
RUN groupadd --system briefbot \
 && useradd --system --gid briefbot --home-dir /app --shell /usr/sbin/nologin briefbot \
 && mkdir -p /data \
 && chown briefbot:briefbot /data
VOLUME /data
USER briefbot
# 3000: Slack's HTTP requests (HTTP mode). 9464: GET /healthz and GET /metrics.
EXPOSE 3000 9464
# The slim image has no curl; node is there. Healthy only when the document set is loaded and
# every configured platform is connected (503 otherwise). METRICS_PORT=0 turns this off too.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "const p=process.env.METRICS_PORT||'9464';if(p==='0')process.exit(0);fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node, not npm: signals (SIGTERM from docker stop) reach briefbot directly for a graceful stop.
STOPSIGNAL SIGTERM
# A young generation of 32 MiB a half (V8's default is 16): an ad-hoc answer at 10,000 articles allocates
# tens of MiB and keeps much of it for later answers; half as many scavenges copy it, and answers take
# ~15% less CPU (docs/quality.md, "ad-hoc answers, ninth round").
# Two malloc arenas for all threads (glibc's main one and one shared): the four analysis workers of a first index each
# got an arena of their own, and the pages they freed stayed resident after they ended (128 MiB at 10,000 articles;
# docs/quality.md, "Issue 17, twenty-eighth round (17mem2)"). npm start sets it alike; the bench measures with it.
ENV MALLOC_ARENA_MAX=2
CMD ["node", "--max-semi-space-size=32", "dist/main.js"]
