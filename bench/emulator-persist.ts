/**
 * How big the sandbox emulator's state file gets and how long loading and saving take, for a growing number of
 * users and messages (each bot message with an inline button). Prints figures; `npm run bench:emulator-persist`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEmulator } from '../src/emulator/index.js'

const dir = mkdtempSync(join(tmpdir(), 'pb-'))
const file = join(dir, 'state.json')
const sizes: [users: number, messages: number][] = [
  [10, 50],
  [100, 100],
  [200, 250],
]
for (const [users, msgs] of sizes) {
  const e = createEmulator({ logger: false, stateFile: file + users })
  for (let u = 0; u < users; u++) {
    const user = e.control.createUser({ first_name: `U${u}` })
    for (let m = 0; m < msgs / 2; m++) {
      e.control.send(user.id, { text: `Сообщение номер ${m} немного текста для объёма` })
      await e.callApi('sendMessage', {
        chat_id: user.id,
        text: `Ответ бота ${m}`,
        reply_markup: { inline_keyboard: [[{ text: 'Кнопка', callback_data: `x:${m}` }]] },
      })
    }
  }
  // the bot confirmed every update (only undelivered ones are kept)
  await e.callApi('getUpdates', { offset: 2 ** 31 - 1 })
  await e.close()
  const t0 = performance.now()
  const e2 = createEmulator({ logger: false, stateFile: file + users })
  const load = performance.now() - t0
  const t1 = performance.now()
  await e2.close()
  const save = performance.now() - t1
  console.log(
    `${users} users × ${msgs} messages: file ${(statSync(file + users).size / 1e6).toFixed(1)} MB, load ${load.toFixed(0)} ms, save ${save.toFixed(0)} ms`,
  )
}
rmSync(dir, { recursive: true, force: true })
