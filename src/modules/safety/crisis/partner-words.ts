/**
 * The chat partner's own dark words quoted back to them (round 25, crisis25ru, issue #12; ru and en): in a peer chat a
 * reply often repeats what the other one wrote — «ты писала «хочу не проснуться» — знакомо…», 'you keep saying "I can't
 * live like this". so how would you want to live?', ««всем будет лучше без меня» — это депрессия говорит, а не ты'.
 * The quote is the partner's, not the writer's: the detector reads the message with such a quote left out
 * (`withoutPartnerWords`). Only a quote the text gives to the addressee (a second-person speech verb in the same
 * sentence before it: «ты писала», «вы говорите», "you wrote", "you keep saying") or to their illness (after it: «— это
 * депрессия говорит», "is the depression talking"); never when the writer joins in after it («…» — у меня тоже, "me
 * too"), and never the writer's own quoted words («я написала маме «хочу умереть»»: quotedWish in detector.ts).
 */

/** A span in quotation marks, up to 120 characters (the quote marks of both languages). */
const QUOTE_RE = /[«"“„]([^«»"“”„\n]{1,120})[»"”“]/g

/** The addressee as speaker, up to four words before the quote's verb… */
const SAID_BY_YOU_RU =
  /(?:^|[^\p{L}])(?:ты|вы)((?:\s+\p{L}+){0,3}?)\s+(?:пишешь|пишете|писала?|писали|написала?|написали|говоришь|говорите|говорила?|говорили|сказала?|сказали|твердишь|твердите|повторяешь|повторяете|повторяла?|повторяли|жаловалась|жаловался|признавалась|признавался)(?:\s+(?:что|мне|нам|про|вчера|тогда|как-то|опять|снова|всё|все))*\s*[:,—–-]?\s*$/iu
/** …or the verb first: «писала ты вчера «…»», «как ты говоришь, «…»». */
const SAID_BY_YOU_RU_VERB_FIRST =
  /(?:^|[^\p{L}])(?:пишешь|писала?|написала?|говоришь|говорила?|сказала?|твердишь)\s+(?:же\s+)?(?:ты|вы)(?:\s+\p{L}+){0,2}\s*[:,—–-]?\s*$/iu
const SAID_BY_YOU_EN =
  /(?:^|[^\p{L}])you((?:\s+\p{L}+){0,3}?)\s+(?:wrote|write|writing|said|say|saying|told\s+me|texted|typed|mentioned|messaged|posted)(?:\s+(?:that|to\s+me|me|yesterday|before|earlier|again|once|last\s+night))*\s*[:,—–-]?\s*$/iu
/** After the quote: the partner's illness or fear named as the one speaking. */
const SAID_BY_ILLNESS =
  /^\s*[—–-]?\s*(?:это|это\s+в\s+тебе|that'?s|this\s+is|is|it'?s)\s+(?:твоя\s+|ваша\s+|your\s+|the\s+)?(?:депрессия|болезнь|тревога|тревожность|голова|усталость|боль|выгорание|травма|depression|illness|anxiety|brain|head|pain|exhaustion|burnout|trauma)\s+(?:в\s+тебе\s+|в\s+вас\s+)?(?:говорит|говорят|talking|speaking)/iu
/** The writer joining in right after the quote: then the words are the writer's too. */
const JOINED_RE =
  /^[^.!?\n]{0,24}?(?:я\s+тоже|и\s+я|мне\s+тоже|у\s+меня\s+тоже|со\s+мной\s+тоже|me\s+too|same\s+here|same\b|i\s+do\s+too|so\s+do\s+i|i\s+feel\s+the\s+same|i\s+feel\s+that\s+too|me\s+as\s+well)/iu

/** The text before `at` back to the sentence's start (at most 80 characters). */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 80)
  const part = text.slice(from, at)
  const cut = Math.max(
    part.lastIndexOf('.'),
    part.lastIndexOf('!'),
    part.lastIndexOf('?'),
    part.lastIndexOf('\n'),
  )
  return cut >= 0 ? part.slice(cut + 1) : part
}

/** The writer between the addressee and the verb («ты помнишь, я тебе писала…», "you know I wrote…"): the writer's words. */
const WRITER_RE = /(?:^|\s)(?:я|мне|меня|i|me|my)(?=\s|$)/iu

/** `re` (with the words between the addressee and the verb as its first group) matches, with no writer among them. */
function saidByYou(re: RegExp, before: string): boolean {
  const m = re.exec(before)
  return m !== null && !WRITER_RE.test(m[1] ?? '')
}

/** Whether the quote starting at `start` and ending at `end` is given to the addressee or their illness. */
function partnerQuote(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80)
  if (JOINED_RE.test(after)) return false
  const before = sentenceBefore(text, start)
  return (
    saidByYou(SAID_BY_YOU_RU, before) ||
    SAID_BY_YOU_RU_VERB_FIRST.test(before) ||
    saidByYou(SAID_BY_YOU_EN, before) ||
    SAID_BY_ILLNESS.test(after)
  )
}

/**
 * The text with every quote given to the addressee replaced by «…» (a sentence break), so that the rules and the
 * classifier read only the writer's own words; the same text when there is none.
 */
export function withoutPartnerWords(text: string): string {
  if (!/[«"“„]/.test(text)) return text
  let out = ''
  let last = 0
  for (const m of text.matchAll(QUOTE_RE)) {
    const start = m.index!
    const end = start + m[0].length
    if (!partnerQuote(text, start, end)) continue
    out += `${text.slice(last, start)}…`
    last = end
  }
  return last === 0 ? text : out + text.slice(last)
}
