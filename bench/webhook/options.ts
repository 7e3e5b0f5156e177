/** The command-line options of bench/webhook.ts (described in its header), parsed from process.argv. */
import { parseArgs } from 'node:util'

export function parseOptions() {
  return parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '3' },
      rates: { type: 'string', default: '100,300' },
      variants: { type: 'string', default: 'echo,postgres,pglite' },
      pairs: { type: 'string', default: '200' },
      history: { type: 'string', default: '50' },
      idle: { type: 'string', default: '5' },
      settle: { type: 'string', default: '5' },
      steady: { type: 'string', default: '0' },
      'warm-up': { type: 'string', default: '50/2' },
      'max-rate': { type: 'string', default: '6400' },
      'no-ladder': { type: 'boolean', default: false },
      'pglite-dir': { type: 'string' },
      'app-node-args': { type: 'string', default: '' },
      'profile-dir': { type: 'string' },
      'bot-env': { type: 'string', default: '' },
      gap: { type: 'string', default: '0' },
      'no-start-env': { type: 'boolean', default: false },
    },
  }).values
}
