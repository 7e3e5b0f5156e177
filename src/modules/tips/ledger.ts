import { and, eq, gt } from 'drizzle-orm'
import type { Db } from '../../db/client.js'
import { ledgerEntries, users } from '../../db/schema/index.js'

/**
 * Helper balances (users.star_balance is the running sum of ledger_entries). What happens to a positive
 * balance on /delete_me: it is forfeited to the service. The Stars sit on the bot's Telegram balance and
 * the erased account can no longer be told apart from anyone else, so there is no one to pay them to; the
 * /delete_me confirmation says so before anything is erased.
 */
export function createTipsLedger({ db }: { db: Db }) {
  return {
    /**
     * A `forfeit_on_delete` entry for the whole positive balance and the balance set to 0, in one
     * transaction; a later refund of an old tip may still take it below zero (the ledger stays the truth).
     * Returns the Stars forfeited (0 when there were none).
     */
    async forfeitBalance(userId: number): Promise<number> {
      return db.transaction(async (tx) => {
        const [u] = await tx
          .select({ balance: users.starBalance })
          .from(users)
          .where(and(eq(users.id, userId), gt(users.starBalance, 0)))
          .for('update')
        if (!u) return 0
        await tx.update(users).set({ starBalance: 0 }).where(eq(users.id, userId))
        await tx.insert(ledgerEntries).values({ userId, kind: 'forfeit_on_delete', amountMinor: -u.balance })
        return u.balance
      })
    },
  }
}

export type TipsLedger = ReturnType<typeof createTipsLedger>
