# Developer and operator shortcuts. Everything maps onto npm scripts (see package.json) or
# `docker compose -f deploy/compose.yml`; `make help` lists the targets.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Local settings: export the variables from .env (if present) to the npm scripts below.
ifneq (,$(wildcard .env))
include .env
export $(shell sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=.*/\1/p' .env)
endif

COMPOSE := docker compose -f deploy/compose.yml $(if $(wildcard .env),--env-file .env,)

.PHONY: help install up down restart logs ps migrate migrate-create fmt lint typecheck test check \
	dev-api dev-bot dev-worker

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

install: ## Install dependencies exactly as locked (npm ci)
	npm ci

up: ## Build and start app, worker, postgres and redis (docker compose, detached)
	$(COMPOSE) up -d --build

down: ## Stop and remove the compose services (volumes are kept)
	$(COMPOSE) down

restart: ## Restart the compose services (rebuilds images first)
	$(COMPOSE) up -d --build --force-recreate app worker

logs: ## Follow compose logs; `make logs s=app` for one service
	$(COMPOSE) logs -f --tail=200 $(s)

ps: ## Show compose services and their health
	$(COMPOSE) ps

migrate: ## Apply drizzle/ migrations to DATABASE_URL (or PGlite); also done on every start
	npm run migrate

migrate-create: ## New migration from src/db/schema: `make migrate-create name=add_something`
	@test -n "$(name)" || { echo 'usage: make migrate-create name=<what_changed>'; exit 2; }
	npm run db:generate -- --name $(name)

fmt: ## Format and apply safe lint fixes (biome)
	npm run fmt

lint: ## Lint + format check (biome)
	npm run lint

typecheck: ## tsc (no emit)
	npm run typecheck

test: ## Run the test suite (needs Redis; Postgres via TEST_DATABASE_URL, else PGlite)
	npm test

check: ## lint + typecheck + tests
	npm run check

dev-api: ## Web process in watch mode: webhook bot, /admin, /metrics (needs BOT_TOKEN for Telegram)
	npm run dev

dev-bot: ## The bot against the local Telegram emulator sandbox (no BOT_TOKEN needed)
	BOT_TOKEN= npm run dev

dev-worker: ## Match worker as its own process (set RUN_WORKER_IN_PROCESS=false on the web process)
	npm run worker
