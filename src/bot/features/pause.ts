import type { UsersService } from '../../modules/users/service.js'
import { Composer } from '../composer.js'
import type { BotContext } from '../context.js'
import { requireOnboarded } from '../middleware/onboarded.js'

/** /pause and /resume: stop / restart match offers (users.paused_at). */
export function pauseFeature(deps: { users: Pick<UsersService, 'pause' | 'resume'> }) {
  const c = new Composer<BotContext>()
  const pc = c.chatType('private')
  pc.command('pause', requireOnboarded(), async (ctx) => {
    const userId = ctx.user?.id as number
    const r = await deps.users.pause(userId)
    if (r.ok) ctx.user = r.user
    await ctx.reply(ctx.t(r.ok ? 'profile-pause-done' : 'profile-pause-already'))
  })
  pc.command('resume', requireOnboarded(), async (ctx) => {
    const userId = ctx.user?.id as number
    const r = await deps.users.resume(userId)
    if (r.ok) ctx.user = r.user
    await ctx.reply(ctx.t(r.ok ? 'profile-resume-done' : 'profile-resume-not-paused'))
  })
  return c
}
