/**
 * Shortening text for Telegram and storage without breaking characters: cut between grapheme clusters
 * (`Intl.Segmenter`), never inside an emoji, a flag, a ZWJ family or a letter with combining marks. Half a
 * surrogate pair is invalid UTF-8, which Telegram refuses (an invoice title cut that way fails to send).
 *
 * Limits are counted in UTF-16 code units, the stricter of the two ways a "character" limit is counted
 * (Telegram's apps count UTF-16, the Bot API docs say characters): a result that fits in `max` code units
 * also fits in `max` code points, so it is accepted either way.
 */

let segmenter: Intl.Segmenter | undefined

function graphemes(text: string): Iterable<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return [...segmenter.segment(text)].map((s) => s.segment)
}

/** Number of user-perceived characters (grapheme clusters). */
export function graphemeLength(text: string): number {
  let n = 0
  for (const _ of graphemes(text)) n++
  return n
}

/**
 * `text` cut to at most `max` UTF-16 code units at a grapheme boundary. With `ellipsis`, a shortened text
 * ends with it (and still fits in `max`); an unshortened text is returned as is.
 */
export function truncateText(text: string, max: number, opts: { ellipsis?: string } = {}): string {
  if (text.length <= max) return text
  const tail = opts.ellipsis ?? ''
  const budget = Math.max(0, max - tail.length)
  let out = ''
  for (const g of graphemes(text)) {
    if (out.length + g.length > budget) break
    out += g
  }
  return tail && out ? `${out.trimEnd()}${tail}` : out
}
