import type { Api } from 'grammy'
import type { Message } from 'grammy/types'
import type { MatchingService } from '../../modules/matching/service.js'
import { truncateText } from '../../modules/text.js'
import { isOnboarded } from '../../modules/users/onboarding.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { languageFromTelegram, SUPPORTED_LANGUAGES, type Translate } from '../i18n.js'
import { crisisLinesFor } from '../views/crisis.js'
import { relayKind } from './chat-relay.js'

/**
 * A command in Telegram's menu and in /help. `descriptionKey` is a Fluent key (≤ 256 chars rendered);
 * `order` sorts the menu (core commands use 10…99; features add theirs, default 30).
 */
export type BotCommandSpec = { command: string; descriptionKey: string; order?: number }

/** The commands this feature set owns; app.ts starts the list with these and other features append theirs. */
export const CORE_COMMANDS: readonly BotCommandSpec[] = [
  { command: 'start', descriptionKey: 'help-cmd-start', order: 10 },
  { command: 'profile', descriptionKey: 'help-cmd-profile', order: 50 },
  { command: 'pause', descriptionKey: 'help-cmd-pause', order: 60 },
  { command: 'resume', descriptionKey: 'help-cmd-resume', order: 61 },
  { command: 'help', descriptionKey: 'help-cmd-help', order: 90 },
  { command: 'delete_me', descriptionKey: 'help-cmd-delete-me', order: 99 },
]

function sorted(commands: readonly BotCommandSpec[]): BotCommandSpec[] {
  const seen = new Set<string>()
  return [...commands]
    .sort((a, b) => (a.order ?? 30) - (b.order ?? 30))
    .filter((c) => !seen.has(c.command) && seen.add(c.command))
}

/**
 * setMyCommands for ru and en (language_code scopes) plus the default list (Russian: ru first), so each
 * user sees the menu in their Telegram language.
 */
export async function registerBotCommands(
  api: Pick<Api, 'setMyCommands'>,
  translate: Translate,
  commands: readonly BotCommandSpec[],
): Promise<void> {
  const list = sorted(commands)
  const render = (lang: (typeof SUPPORTED_LANGUAGES)[number]) =>
    list.map((c) => ({
      command: c.command,
      description: truncateText(translate(lang, c.descriptionKey), 256),
    }))
  await api.setMyCommands(render('ru'))
  for (const lang of SUPPORTED_LANGUAGES) await api.setMyCommands(render(lang), { language_code: lang })
}

/** /help: what the bot is, every command, crisis lines. Works for everyone, onboarded or not. */
export function helpFeature(deps: { commands: readonly BotCommandSpec[] }) {
  const c = new Composer<BotContext>()
  c.chatType('private').command('help', async (ctx) => {
    const commands = sorted(deps.commands)
      .map((cmd) => `/${cmd.command} — ${ctx.t(cmd.descriptionKey)}`)
      .join('\n')
    const who = ctx.user ?? { language: languageFromTelegram(ctx.from?.language_code) }
    await ctx.reply(ctx.t('help-text', { commands, crisis: crisisLinesFor(ctx.t, who) }), {
      link_preview_options: { is_disabled: true },
    })
  })
  return c
}

/** Something the user wrote or sent (not a service message such as a payment or a pin). */
function isUserContent(m: Message): boolean {
  return Boolean(relayKind(m) || m.location || m.contact || m.poll || m.dice || m.venue)
}

/**
 * The last word on a private message no other feature took, so nobody is met with silence: an unknown
 * command is pointed to /help; anything else from an onboarded user outside a conversation (the relay had
 * nowhere to send it) is told it reached no one — and, when they are waiting in the queue, that the search
 * goes on. Register AFTER the chat relay.
 */
export function fallbackFeature(deps: { matching: Pick<MatchingService, 'queueStatus'> }) {
  const c = new Composer<BotContext>()
  c.chatType('private').on('message', async (ctx) => {
    const m = ctx.message
    const e = m.entities?.[0]
    if (e?.type === 'bot_command' && e.offset === 0) {
      await ctx.reply(ctx.t('help-unknown-command'))
      return
    }
    // users still in the wizard are answered by the start feature
    if (!ctx.user || !isOnboarded(ctx.user) || !isUserContent(m)) return
    const { waiting } = await deps.matching.queueStatus(ctx.user.id)
    await ctx.reply(ctx.t(waiting ? 'help-not-in-chat-waiting' : 'help-not-in-chat'))
  })
  return c
}
