import { autoRetry } from '@grammyjs/auto-retry'
import { GrammyError } from 'grammy'
import { describe, expect, it } from 'vitest'
import { perTestEmulators, startWebhookBot } from './test-support.js'

const { cleanups, setup } = perTestEmulators()

describe('a real grammY bot against the emulator', () => {
  it('when a user writes, then the webhook bot (with secret) replies, copies to a partner and sends an invoice', async () => {
    const t = await setup()
    const bob = await t.startedUser('Bob')
    const fake = await startWebhookBot(
      t,
      (bot) => {
        bot.command('start', (ctx) => ctx.reply('Привет! Напиши что-нибудь.'))
        bot.command('tip', (ctx) =>
          ctx.replyWithInvoice('Tip', 'Thanks for listening', 'tip:42', 'XTR', [
            { label: 'Tip', amount: 25 },
          ]),
        )
        bot.on('message', async (ctx) => {
          await ctx.api.copyMessage(bob.id, ctx.chat.id, ctx.message.message_id, { protect_content: true })
          await ctx.reply('Доставлено', {
            reply_markup: { inline_keyboard: [[{ text: 'Ещё', callback_data: 'more' }]] },
          })
        })
      },
      { secretToken: 'grammy_secret' },
    )
    cleanups.push(fake.close)
    const ann = await t.tg.createUser({ first_name: 'Ann' })
    await t.tg.send(ann.id, '/start')
    await t.tg.waitForText(ann.id, 'Привет')
    await t.tg.send(ann.id, { sticker: { emoji: '🫂' } })
    await t.tg.waitForText(ann.id, 'Доставлено')
    const copied = await t.tg.waitFor(bob.id, (m) => m.type === 'sticker')
    expect(copied).toMatchObject({ method: 'copyMessage', protect_content: true })
    await t.tg.send(ann.id, '/tip')
    const invoice = await t.tg.waitFor(ann.id, (m) => m.type === 'invoice')
    expect(invoice.invoice).toMatchObject({ currency: 'XTR', total_amount: 25 })
    expect(invoice.buttons).toEqual([{ text: 'Pay ⭐️25', pay: true }])
    const webhookInfo = await fake.bot.api.getWebhookInfo()
    expect(webhookInfo.url).toBe(fake.hookUrl)
    expect(webhookInfo.pending_update_count).toBe(0)
  })

  it('when grammY calls fail with Telegram errors, then GrammyError carries code and description', async () => {
    const t = await setup()
    const fake = await startWebhookBot(t, () => {})
    cleanups.push(fake.close)
    const err = await fake.bot.api.sendMessage(424242, 'x').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(GrammyError)
    expect(err).toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' })
    const ann = await t.startedUser()
    await t.tg.block(ann.id)
    const blocked = await fake.bot.api.sendMessage(ann.id, 'x').catch((e: unknown) => e)
    expect(blocked).toMatchObject({ error_code: 403, description: 'Forbidden: bot was blocked by the user' })
  })

  it('when flood control answers 429, then @grammyjs/auto-retry waits retry_after and the send succeeds', async () => {
    const t = await setup({ limits: { enabled: true, perChatPerSec: 0.5, perChatBurst: 1 } })
    const fake = await startWebhookBot(t, () => {})
    cleanups.push(fake.close)
    fake.bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10 }))
    const ann = await t.startedUser()
    const started = Date.now()
    await fake.bot.api.sendMessage(ann.id, 'one')
    await fake.bot.api.sendMessage(ann.id, 'two')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000)
    const limited = (await t.tg.calls({ method: 'sendMessage' })).filter((c) => c.error_code === 429)
    expect(limited.length).toBeGreaterThanOrEqual(1)
    expect(limited[0]!.description).toMatch(/^Too Many Requests: retry after [12]$/)
    expect((await t.tg.inbox(ann.id)).map((m) => m.text)).toEqual(['one', 'two'])
  })

  it('when 429 and 5xx faults are injected, then auto-retry recovers and the fault counter shows them', async () => {
    const t = await setup()
    const fake = await startWebhookBot(t, () => {})
    cleanups.push(fake.close)
    fake.bot.api.config.use(autoRetry({ maxRetryAttempts: 3 }))
    const ann = await t.startedUser()
    await t.tg.fault({ method: 'sendMessage', status: 429, retry_after: 1 })
    await t.tg.fault({ method: 'sendMessage', status: 502 })
    const msg = await fake.bot.api.sendMessage(ann.id, 'after faults')
    expect(msg.text).toBe('after faults')
    const calls = await t.tg.calls({ method: 'sendMessage' })
    expect(calls.map((c) => c.error_code ?? 200)).toEqual([429, 502, 200])
    expect(calls[0]!.description).toBe('Too Many Requests: retry after 1')
    expect((await t.tg.stats()).faults_injected).toBe(2)
  })

  it('when the bot polls with getUpdates instead, then it gets updates too', async () => {
    const t = await setup()
    const { Bot } = await import('grammy')
    const bot = new Bot(t.emulator.token, { client: { apiRoot: t.url } })
    bot.on('message:text', (ctx) => ctx.reply(`echo: ${ctx.message.text}`))
    void bot.start({ timeout: 1 })
    cleanups.push(() => bot.stop())
    const ann = await t.tg.createUser()
    await t.tg.send(ann.id, 'ping')
    await t.tg.waitForText(ann.id, 'echo: ping')
  })
})
