import type { CommissionRates, TipSplit } from '../../modules/tips/commission.js'
import { BPS_DENOMINATOR } from '../../modules/tips/commission.js'
import type { InvoiceTexts } from '../../modules/tips/service.js'

type T = (key: string, vars?: Record<string, string | number>) => string

/** Basis points as a percentage for people: 1000 → `10%`, 250 → `2.5%`. */
export function percent(bps: number): string {
  return `${Number(((bps / BPS_DENOMINATOR) * 100).toFixed(2))}%`
}

/** Variables for the texts that show how a tip is split (before the invoice, on it, in the receipt). */
export function splitVars(split: TipSplit, rates: CommissionRates) {
  return {
    amount: String(split.amount),
    providerFee: String(split.providerFee),
    commission: String(split.commission),
    net: String(split.net),
    providerPct: percent(rates.providerFeeBps),
    commissionPct: percent(rates.commissionBps),
  }
}

/** The invoice's title, description (with the exact split) and price label in the payer's language. */
export function invoiceTexts(t: T, rates: CommissionRates): InvoiceTexts {
  return ({ recipientName, split }) => {
    const name = recipientName ?? t('tips-someone')
    return {
      title: t('tips-invoice-title', { name }),
      description: t('tips-invoice-description', { name, ...splitVars(split, rates) }),
      label: t('tips-invoice-label'),
    }
  }
}
