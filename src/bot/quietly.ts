import { GrammyError } from 'grammy'

/**
 * Runs an edit that may race with a second tap or an older message: Telegram's 400 ("message is not modified",
 * "message to edit not found") means there is nothing left to do; anything else is thrown.
 */
export async function quietly(fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn()
  } catch (err) {
    if (err instanceof GrammyError && err.error_code === 400) return
    throw err
  }
}
