/**
 * The webhook bench's chat lines: neutral (no digits, links or crisis words), so the contact nudge and the crisis
 * check pass them on and every update is relayed. bench/contacts-ab.ts times the contact check on the same lines.
 */
export const NEUTRAL_TEXTS: readonly string[] = [
  'привет, как прошёл день?',
  'да, понимаю тебя, у меня тоже так бывает',
  'спасибо, что выслушал',
  'hi, how was your day?',
  'I know that feeling, it gets better with time',
  'давай завтра продолжим, хорошо?',
]
