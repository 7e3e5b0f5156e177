import { desc, eq, inArray } from 'drizzle-orm'
import type { Redis } from 'ioredis'
import type { Db } from '../../db/client.js'
import { aiHints, chatSessions, matches, topics, users } from '../../db/schema/index.js'
import type { Logger } from '../../logger.js'
import type { Metrics } from '../../metrics.js'
import { activeSessionOfUser, partnerOf } from '../chat/sessions.js'
import { anonymize, findIntroducedNames } from '../safety/anonymize.js'
import { type CrisisResponsePlan, planCrisisResponse } from '../safety/crisis-response.js'
import type { CrisisResult } from '../safety/crisis-types.js'
import { type SafetyService, severityRank } from '../safety/flags.js'
import { detectToxicity, detectCrisis as lexiconDetectCrisis } from '../safety/lexicon.js'
import { findPii } from '../safety/pii.js'
import { type HintLang, offlineHints, type Suggestion } from './library.js'
import { parseSuggestions } from './parse.js'
import { buildPrompt, type PromptLine } from './prompts.js'
import type { CoachProvider } from './providers/types.js'

/** One recent chat line as the relay stores it (Redis list `chat:recent:<sessionId>`, newest last). */
type RecentLine = { fromUserId: number; text: string; at?: number }

export type HintSource = 'ai' | 'offline'
/** Why offline hints were used instead of the model. */
export type OfflineReason = 'ai-disabled' | 'crisis' | 'provider-error' | 'unparseable' | 'unsafe-output'

export type Hint = {
  id: number
  sessionId: number
  suggestions: Suggestion[]
  source: HintSource
  /** `openai` | `anthropic` | `offline` (as stored in ai_hints.provider). */
  provider: string
  offlineReason?: OfflineReason
  topicSlug: string | null
  lang: HintLang
  /**
   * Crisis language noticed in the recent conversation. `self`: the asker's own lines (the hint speaks to
   * them: lines, grounding, "you deserve support too"); `partner`: the partner's (how to support them);
   * `thirdParty`: only someone outside the chat is at risk (lines to pass on).
   */
  crisis: CrisisSeen
}

export type CrisisSeen = { self: boolean; partner: boolean; thirdParty: boolean }

export type HintResult =
  | { ok: true; hint: Hint }
  | { ok: false; reason: 'no-user' | 'no-session' }
  | { ok: false; reason: 'too-soon'; retryInSec: number }

export type CoachServiceDeps = {
  db: Db
  redis: Redis
  metrics: Pick<Metrics, 'aiHintCalls' | 'aiHintFailures'>
  safety: Pick<SafetyService, 'raiseFlag' | 'raiseFlagOnce'>
  logger: Logger
  /** Null when AI_ENABLED=false: every hint comes from the offline library. */
  provider: CoachProvider | null
  /** Overall deadline for one provider call (AI_TIMEOUT_MS); the SDK timeout is the same. */
  timeoutMs: number
  /** Minimum seconds between two hints for one user (0 = no limit). */
  cooldownSec?: number
  /**
   * Real names of a user (e.g. Telegram first/last name from getChat), masked in the prompt in addition to
   * pseudonyms. Best effort: failures are ignored.
   */
  lookupNames?: (telegramId: number) => Promise<string[]>
  /** Offline hint choice (tests pin it). */
  pick?: (n: number) => number
  /** The crisis detector (defaults to `detectCrisis` of safety/lexicon; tests inject categories). */
  detectCrisis?: (text: string) => CrisisResult
}

const recentKey = (sessionId: number) => `chat:recent:${sessionId}`
const cooldownKey = (userId: number) => `coach:cooldown:${userId}`
const PLACEHOLDER_RE = /\[(?:name|phone|email|username|link|card|id|number|address|document)\]/i

/** Why generated suggestions may not be shown (`contact-info,toxicity`); null when they are fine. */
function unsafeReason(
  suggestions: Suggestion[],
  detectCrisis: (text: string) => CrisisResult,
): string | null {
  const reasons = new Set<string>()
  for (const s of suggestions) {
    if (detectCrisis(s.text).hit) reasons.add('crisis-language')
    if (detectToxicity(s.text).hit) reasons.add('toxicity')
    if (findPii(s.text).length > 0) reasons.add('contact-info')
  }
  return reasons.size > 0 ? [...reasons].sort().join(',') : null
}

/**
 * The AI coach (#8): 2–3 private suggestions for the person asking, during an active chat. The recent
 * conversation is anonymised (contacts, pseudonyms, real names) before it leaves the process; the model's
 * answer is filtered (crisis language, toxicity, contacts) and replaced by curated offline hints when
 * unsafe, unusable or unavailable. Crisis in the conversation → curated hints + crisis resources, no model.
 */
export function createCoachService(deps: CoachServiceDeps) {
  const { db, redis, metrics, safety, provider } = deps
  const detectCrisis = deps.detectCrisis ?? lexiconDetectCrisis
  const log = deps.logger.child({ module: 'coach' })

  async function activeSessionOf(userId: number) {
    const [s] = await db
      .select()
      .from(chatSessions)
      .where(activeSessionOfUser(userId))
      .orderBy(desc(chatSessions.startedAt))
      .limit(1)
    return s ?? null
  }

  async function topicOf(matchId: number, lang: HintLang) {
    const [m] = await db
      .select({ shared: matches.sharedTopicIds })
      .from(matches)
      .where(eq(matches.id, matchId))
      .limit(1)
    const ids = m?.shared ?? []
    if (ids.length === 0) return { slug: null, name: null }
    const rows = await db
      .select({ id: topics.id, slug: topics.slug, nameRu: topics.nameRu, nameEn: topics.nameEn })
      .from(topics)
      .where(inArray(topics.id, ids))
    // the first shared topic (matching orders them by relevance)
    const t = ids.map((id) => rows.find((r) => r.id === id)).find(Boolean)
    return t ? { slug: t.slug, name: lang === 'en' ? t.nameEn : t.nameRu } : { slug: null, name: null }
  }

  async function recentLines(sessionId: number): Promise<RecentLine[]> {
    const raw = await redis.lrange(recentKey(sessionId), 0, -1)
    const out: RecentLine[] = []
    for (const r of raw) {
      try {
        const m = JSON.parse(r) as RecentLine
        if (typeof m.fromUserId === 'number' && typeof m.text === 'string') out.push(m)
      } catch {
        // malformed entries are skipped
      }
    }
    return out
  }

  async function safeLookup(telegramId: number | null): Promise<string[]> {
    if (!deps.lookupNames || telegramId === null) return []
    try {
      return await deps.lookupNames(telegramId)
    } catch {
      return []
    }
  }

  /** Scans the user messages: crisis → flag about the author (once per session); toxicity likewise. */
  async function scanConversation(
    lines: RecentLine[],
    sessionId: number,
    names: string[],
    me: number,
  ): Promise<CrisisSeen> {
    const crisis: CrisisSeen = { self: false, partner: false, thirdParty: false }
    const crisisBy = new Map<number, { plan: CrisisResponsePlan; source: string; text: string }>()
    const toxicBy = new Map<number, { terms: string[]; threat: boolean; text: string }>()
    for (const line of lines) {
      const c = detectCrisis(line.text)
      if (c.hit) {
        const plan = planCrisisResponse(c)
        const seen = crisisBy.get(line.fromUserId)
        const selfHere = plan.writer !== 'third_party'
        if (line.fromUserId === me) crisis.self ||= selfHere
        else crisis.partner ||= selfHere
        if (!selfHere) crisis.thirdParty = true
        // the flag carries the author's most severe line
        if (!seen || severityRank(plan.flagSeverity) > severityRank(seen.plan.flagSeverity))
          crisisBy.set(line.fromUserId, { plan, source: c.source, text: line.text })
      }
      const t = detectToxicity(line.text)
      if (t.hit && !toxicBy.has(line.fromUserId))
        toxicBy.set(line.fromUserId, { terms: t.terms, threat: t.threat, text: line.text })
    }
    for (const [author, hit] of crisisBy) {
      await safety.raiseFlagOnce({
        userId: author,
        sessionId,
        kind: 'crisis',
        severity: hit.plan.flagSeverity,
        reason: `${hit.source}:${hit.plan.category}`,
        context: {
          messages: [{ from: author === me ? 'sender' : 'partner', text: hit.text }],
          note: 'coach',
        },
        names,
      })
    }
    for (const [author, hit] of toxicBy) {
      await safety.raiseFlagOnce({
        userId: author,
        sessionId,
        kind: 'toxicity',
        severity: hit.threat ? 'high' : 'medium',
        reason: `lexicon:${hit.terms.join(',')}`,
        context: {
          messages: [{ from: author === me ? 'sender' : 'partner', text: hit.text }],
          note: 'coach',
        },
        names,
      })
    }
    return crisis
  }

  /** One provider call under the deadline; returns suggestions or why there are none. */
  async function askModel(
    p: CoachProvider,
    prompt: { system: string; user: string },
  ): Promise<{ ok: true; suggestions: Suggestion[] } | { ok: false; reason: OfflineReason }> {
    metrics.aiHintCalls.inc({ provider: p.name })
    let raw: string
    try {
      raw = await p.complete({ ...prompt, signal: AbortSignal.timeout(deps.timeoutMs) })
    } catch (err) {
      metrics.aiHintFailures.inc({ provider: p.name })
      // the error may quote the request; log only its class and status
      const e = err as { name?: string; status?: number }
      log.warn({ provider: p.name, error: e?.name, status: e?.status }, 'coach provider failed')
      return { ok: false, reason: 'provider-error' }
    }
    const suggestions = parseSuggestions(raw).filter((s) => !PLACEHOLDER_RE.test(s.text))
    if (suggestions.length < 2) {
      metrics.aiHintFailures.inc({ provider: p.name })
      log.warn({ provider: p.name, parsed: suggestions.length }, 'coach answer unusable')
      return { ok: false, reason: 'unparseable' }
    }
    return { ok: true, suggestions }
  }

  return {
    /** True when hints may come from a model (AI_ENABLED and a provider configured). */
    aiEnabled: provider !== null,

    /**
     * A hint for `userId`'s active chat. `names`: the requester's own real names as the bot sees them
     * (Telegram first/last name, username), masked in the prompt.
     */
    async getHint(input: { userId: number; names?: string[] }): Promise<HintResult> {
      const started = Date.now()
      const [me] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1)
      if (!me) return { ok: false, reason: 'no-user' }
      const lang: HintLang = me.language === 'en' ? 'en' : 'ru'
      const session = await activeSessionOf(me.id)
      if (!session) return { ok: false, reason: 'no-session' }

      const cooldown = deps.cooldownSec ?? 0
      if (cooldown > 0) {
        const set = await redis.set(cooldownKey(me.id), '1', 'EX', cooldown, 'NX')
        if (set === null) {
          const ttl = await redis.ttl(cooldownKey(me.id))
          return { ok: false, reason: 'too-soon', retryInSec: Math.max(1, ttl) }
        }
      }

      const partnerId = partnerOf(session, me.id)
      const [partner] = await db.select().from(users).where(eq(users.id, partnerId)).limit(1)
      const topic = await topicOf(session.matchId, lang)
      const lines = await recentLines(session.id)

      const names = [
        ...(input.names ?? []),
        ...[me.nickname, partner?.nickname].filter((n): n is string => Boolean(n)),
        ...lines.flatMap((l) => findIntroducedNames(l.text)),
      ]
      const crisis = await scanConversation(lines, session.id, names, me.id)

      let suggestions: Suggestion[] | null = null
      let offlineReason: OfflineReason | undefined
      let safetyFlagged: string | null = null
      // any crisis language: curated words only, no model improvising
      if (crisis.self || crisis.partner || crisis.thirdParty) offlineReason = 'crisis'
      else if (!provider) offlineReason = 'ai-disabled'
      else {
        // the partner's real name matters only for what leaves the process: one getChat, only here
        names.push(...(await safeLookup(partner?.telegramId ?? null)))
        const promptLines: PromptLine[] = lines.map((l) => ({
          from: l.fromUserId === me.id ? 'me' : 'partner',
          text: anonymize(l.text, { names }),
        }))
        const prompt = buildPrompt({ topicSlug: topic.slug, topicName: topic.name, lang, lines: promptLines })
        const answer = await askModel(provider, prompt)
        if (!answer.ok) offlineReason = answer.reason
        else {
          const unsafe = unsafeReason(answer.suggestions, detectCrisis)
          if (unsafe) {
            offlineReason = 'unsafe-output'
            safetyFlagged = unsafe
            await safety.raiseFlag({
              userId: me.id,
              sessionId: session.id,
              kind: 'ai_hint',
              severity: 'low',
              reason: `unsafe-output:${unsafe}`,
              context: { note: answer.suggestions.map((s) => `${s.kind}: ${s.text}`).join('\n') },
              names,
            })
          } else suggestions = answer.suggestions
        }
      }

      const source: HintSource = suggestions ? 'ai' : 'offline'
      // the asker in crisis is spoken to first; a partner in crisis gets the supporter's hints; a worry
      // about someone outside the chat keeps the topic's hints (the feature adds lines to pass on)
      const library = crisis.self ? 'crisis_self' : crisis.partner ? 'crisis' : topic.slug
      const finalSuggestions = suggestions ?? offlineHints(library, lang, deps.pick)
      const providerName = suggestions && provider ? provider.name : 'offline'
      const [row] = await db
        .insert(aiHints)
        .values({
          userId: me.id,
          sessionId: session.id,
          provider: providerName,
          topicSlug: topic.slug,
          suggestions: finalSuggestions,
          safetyFlagged: safetyFlagged ?? (offlineReason === 'crisis' ? 'crisis-in-conversation' : null),
          latencyMs: Date.now() - started,
        })
        .returning({ id: aiHints.id })
      if (!row) throw new Error('insert into ai_hints returned no row')
      return {
        ok: true,
        hint: {
          id: row.id,
          sessionId: session.id,
          suggestions: finalSuggestions,
          source,
          provider: providerName,
          ...(offlineReason ? { offlineReason } : {}),
          topicSlug: topic.slug,
          lang,
          crisis,
        },
      }
    },
  }
}

export type CoachService = ReturnType<typeof createCoachService>
