import { truncateText } from '../text.js'
import type { HintLang } from './library.js'

/** One line of the (already anonymised) conversation, from the point of view of the person asking. */
export type PromptLine = { from: 'me' | 'partner'; text: string }

export type Prompt = { system: string; user: string }

/**
 * Topic-specific guidance appended to the system prompt: what helps and what to avoid in this kind of
 * conversation. Unknown topics use `generic`.
 */
export const TOPIC_GUIDANCE: Record<string, string> = {
  generic:
    'Listen first; validate feelings before offering any perspective. Avoid advice the person did not ask for.',
  loss: 'Grief has no timeline. Invite memories of the person who died. Never say "everything happens for a reason", "they are in a better place" or "at least…".',
  burnout:
    'Acknowledge exhaustion as real, not laziness. Gently explore what could be paused or delegated. Avoid productivity tips and "just take a vacation".',
  relocation:
    'Moving abroad means many losses at once (language, friends, status). Validate homesickness and the effort of adapting. Avoid comparing countries or politics.',
  breakup:
    'Validate the loss without judging either partner. Avoid "plenty of fish in the sea" and taking sides.',
  loneliness:
    'Show warmth and presence. Gently explore small steps toward connection; never imply loneliness is their fault.',
  anxiety:
    'Be calm and steady. Grounding questions help (breathing, senses, what is in their control). Never diagnose or suggest medication.',
  job_loss:
    'Acknowledge both financial fear and the hit to identity. Avoid quick job-hunting advice unless asked.',
  parenting:
    'Normalise parental exhaustion and mixed feelings. Do not judge parenting choices or give child-rearing rules.',
  illness:
    'Acknowledge fear, anger and fatigue around illness. Never give medical advice; point to doctors for treatment questions.',
  caregiving:
    'Caregivers often feel guilty for being tired. Validate their own needs and limits. Avoid "you should be grateful".',
  study_stress:
    'Validate pressure from deadlines and expectations. Help break things into small steps. Avoid "it is just an exam".',
  family_conflict:
    'You only hear one side: do not judge absent family members. Focus on the person’s feelings and needs.',
  self_esteem:
    'Gently counter harsh self-talk with compassion (e.g. "what would you tell a friend?"). Avoid empty compliments.',
  addiction_recovery:
    'Recovery is not linear; a slip is not failure. Never shame. Encourage existing support (groups, specialists) without pushing.',
}

const LANG_NAME: Record<HintLang, string> = { ru: 'Russian', en: 'English' }

/** Character budget for the conversation excerpt (the newest lines win). */
export const MAX_CONTEXT_CHARS = 3000
const MAX_LINE_CHARS = 500

/**
 * System + user messages for a hint. The conversation must already be anonymised; the instructions also
 * forbid the model from producing contacts, links, names or placeholders (the output filter enforces it).
 */
export function buildPrompt(input: {
  topicSlug: string | null
  topicName?: string | null
  lang: HintLang
  lines: PromptLine[]
}): Prompt {
  const guidance = TOPIC_GUIDANCE[input.topicSlug ?? ''] ?? TOPIC_GUIDANCE.generic
  const system = [
    'You are a coach for a peer-support chat. Two anonymous strangers talk one-on-one; one of them (the user) asks you for a hint on how to respond to their chat partner supportively.',
    `Write exactly 3 short suggestions in ${LANG_NAME[input.lang]}, each at most 200 characters, phrased so the user could say them or act on them:`,
    '1. "empathy" — a warm, validating sentence;',
    '2. "question" — one open, gentle question;',
    '3. "boundary" — a way for the user to respect their own limits or to be honest that they are not a professional.',
    'Rules: you are not a therapist — never diagnose, never give medical, legal or medication advice. Do not include links, phone numbers, e-mails, usernames or any names; refer to the partner as "the partner" only if needed. Personal data in the conversation was replaced with placeholders like [name] or [phone] — never repeat them. If someone may be in danger, the app shows crisis lines itself; keep the suggestions calm and supportive.',
    `Topic guidance: ${guidance}`,
    'Answer with JSON only: {"suggestions":[{"kind":"empathy","text":"..."},{"kind":"question","text":"..."},{"kind":"boundary","text":"..."}]}',
  ].join('\n')

  const lines: string[] = []
  let budget = MAX_CONTEXT_CHARS
  for (const line of [...input.lines].reverse()) {
    const text = truncateText(line.text.replace(/\s+/g, ' ').trim(), MAX_LINE_CHARS)
    if (!text) continue
    const rendered = `${line.from === 'me' ? 'User' : 'Partner'}: ${text}`
    if (rendered.length > budget) break
    budget -= rendered.length
    lines.unshift(rendered)
  }
  const topic = input.topicName ? `${input.topicSlug} (${input.topicName})` : (input.topicSlug ?? 'general')
  const user = [
    `Topic: ${topic}`,
    lines.length > 0
      ? `Recent conversation, oldest first ("User" is the person asking for the hint):\n${lines.join('\n')}`
      : 'The conversation has not started yet: suggest a gentle way to open it.',
  ].join('\n\n')
  return { system, user }
}
