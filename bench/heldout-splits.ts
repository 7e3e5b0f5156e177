/**
 * The held-out splits, crisis (data/safety/crisis/<name>.jsonl) and PII (data/safety/pii/<name>.{pii,clean}.jsonl)
 * alike: written by hand or by blind authors, frozen before tuning, never tuned on. A new split is added here
 * (and to scripts/crisis-data/generate-rows.ts, which drops training lines equal to a crisis one).
 */
export const HELDOUT_SPLITS = [
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
  'heldout13',
  'heldout14',
] as const
