/**
 * Small, documented ru/en lexicons for crisis (suicide, self-harm) and toxicity detection. Pure.
 *
 * Deliberately phrase-based: single words like «умираю» or "die" are everyday idioms («умираю со смеху»,
 * "dying to see it"), so a hit needs a first-person intent phrase. A hit only ever leads to gentle,
 * private resources and a moderator flag — never to blocking — so borderline phrases ("I don't want to
 * live like this") are counted in. The full list and known misses are in README.md.
 */

import { CRISIS_SEVERITY, type CrisisResult } from './crisis-types.js'

export type { CrisisCategory, CrisisResult, CrisisSeverity } from './crisis-types.js'

/** The v1 lexicon's own grouping; mapped to the v2 categories in detectCrisis. */
type LexiconCategory = 'suicide' | 'self_harm'
export type LexiconLang = 'ru' | 'en'

export type ToxicityResult = {
  hit: boolean
  /** Canonical lexicon ids of what matched, e.g. ['идиот', 'kill yourself']. */
  terms: string[]
  /** True when a term wishes death/self-harm on someone («убей себя», "kys"). */
  threat: boolean
}

/**
 * Lowercase, ё→е, punctuation and apostrophes → spaces, letters repeated 3+ times squeezed
 * («хочууу» → «хочу»), single spaces. Patterns below are written against this form.
 */
export function normalizeForLexicon(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim()} `
}

type Entry<C> = { term: string; category: C; lang: LexiconLang; re: RegExp }

/** Up to n extra words in between: «хочу (просто уже) умереть». */
const gap = (n: number) => `(?: \\p{L}+){0,${n}}`
// Matching runs on the normalised text, whose words are separated by single spaces and padded by one.
const re = (source: string) => new RegExp(`(?<= )(?:${source})(?= )`, 'u')

// ── crisis: Russian ──
const RU_NOT = '(?<!(?:не|нет|никогда не) )'
const RU_IDIOM_TAIL = '(?! (?:от скуки|со скуки|со смеху|от смеха|от любопытства))'
// Only intensifiers may stand between «не хочу» and «жить»: «не хочу там жить» is about a place.
const RU_FILLER = '(?: (?:больше|так|уже|вообще|совсем|просто|дальше|я|мне|никак|и|этой жизнью))*'
const RU_PLACE_TAIL =
  '(?! (?:с|со|в|во|на|у|там|здесь|тут|вместе|рядом|под|при|без|около|одна|один|одной|одному)(?= ))'

const CRISIS: Entry<LexiconCategory>[] = [
  // suicide (ru)
  {
    term: 'хочу умереть',
    category: 'suicide',
    lang: 'ru',
    re: re(
      `${RU_NOT}(?:хочу|хочется|хотелось бы|хочу уже|хотела бы|хотел бы|мечтаю|желаю)${gap(3)} (?:умереть|сдохнуть|помереть|умиреть|не жить|исчезнуть навсегда|не просыпаться|уснуть и не проснуться|заснуть и не проснуться)${RU_IDIOM_TAIL}`,
    ),
  },
  {
    term: 'не хочу жить',
    category: 'suicide',
    lang: 'ru',
    re: re(
      `(?:(?:не хочу|не хочется|не хотелось|не вижу смысла|нет смысла|нет сил|незачем|не для чего|не зачем)${RU_FILLER} жить|жить (?:не хочу|не хочется|незачем|не зачем|больше не хочу))${RU_PLACE_TAIL}|не хочу больше просыпаться|не хочу просыпаться`,
    ),
  },
  {
    term: 'покончить с собой',
    category: 'suicide',
    lang: 'ru',
    re: re(
      `поконч(?:ить|у|ил|ила|им) (?:с собой|с жизнью)|свести сч[её]ты с жизнью|сведу сч[её]ты с жизнью|(?:хочу|хочется|решил|решила|готов|готова|собираюсь|думаю)${gap(1)} уйти из жизни|уйду из жизни`,
    ),
  },
  {
    term: 'убить себя',
    category: 'suicide',
    lang: 'ru',
    re: re('(?:убить|убью|убиваю|убила бы|убил бы) себя'),
  },
  {
    term: 'повеситься',
    category: 'suicide',
    lang: 'ru',
    re: re('повеситься|повешусь|вздернуться|вздернусь|залезть в петлю|лезть в петлю|полезу в петлю'),
  },
  {
    term: 'вскрыть вены',
    category: 'suicide',
    lang: 'ru',
    re: re('(?:вскрыть|вскрою|вскрыла|вскрыл|перерезать|перережу|порезать|резать)(?: себе)? вены'),
  },
  {
    term: 'спрыгнуть с крыши',
    category: 'suicide',
    lang: 'ru',
    re: re(
      '(?:спрыгнуть|прыгнуть|сброситься|выпрыгнуть|шагнуть|спрыгну|прыгну|сброшусь|выпрыгну|шагну|броситься|брошусь) (?:с|из|под) (?:крыши|окна|моста|балкона|многоэтажки|поезд|электричку|машину|машины)',
    ),
  },
  {
    term: 'наглотаться таблеток',
    category: 'suicide',
    lang: 'ru',
    re: re(
      'наглотаться|наглотаюсь|(?:выпить|выпью|выпила|выпил) (?:все|всю пачку|пачку|упаковку|горсть) (?:таблеток|таблетки|снотворного|колес)|отрав(?:иться|люсь)(?: \\p{L}+)? (?:таблетками|газом|снотворным)',
    ),
  },
  {
    term: 'мысли о суициде',
    category: 'suicide',
    lang: 'ru',
    re: re(
      `(?:мысли|думаю|думать|задумываюсь|задумываться|думала|думал|собираюсь|планирую|хочу|совершить|совершу|готовлюсь)${gap(1)} (?:о |об |к )?(?:суицид\\p{L}*|самоубийств\\p{L}*)|суицидальн\\p{L}*|суицидн\\p{L}*`,
    ),
  },
  {
    term: 'лучше без меня',
    category: 'suicide',
    lang: 'ru',
    re: re(
      '(?:всем|им|миру|всем будет|всем станет) (?:будет |станет )?лучше без меня|лучше бы меня не (?:было|стало)|лучше бы я (?:не родил(?:ся|ась)|умер|умерла|сдох|сдохла)|лучше (?:мне )?умереть|(?:хочу|хочется) (?:чтобы|что бы) меня не (?:стало|было)|(?:скорей|скорее|поскорее) бы (?:умереть|сдохнуть)',
    ),
  },
  // self-harm (ru)
  {
    term: 'порезать себя',
    category: 'self_harm',
    lang: 'ru',
    re: re(
      '(?:порезать|порежу|порезала|порезал|режу|резать|резала|резал|царапать|царапаю|расцарапать|жечь|прижигать|прижигаю|бить|бью|калечить|калечу|изрезать|изрезала) себя|(?:режу|резать|порезать|порезала|порезал|порежу|резала|резал|изрезала|изрезал)(?: себе)? (?:руки|руку|ноги|ногу|запястья|запястье|бедра|бедро|кожу)|порезы на (?:руках|ногах|запястьях|бедрах)',
    ),
  },
  {
    term: 'причинить себе боль',
    category: 'self_harm',
    lang: 'ru',
    re: re(
      '(?:причинить|причиняю|причиняла|причинила|причинять|причиню)(?: себе)? (?:боль|вред)|(?:сделать|делаю|делала|делал|сделаю) себе больно|(?:навредить|наврежу|вредить|врежу|навредила) себе|селфхарм\\p{L}*|самоповрежден\\p{L}*',
    ),
  },
  // suicide (en)
  {
    term: 'want to die',
    category: 'suicide',
    lang: 'en',
    re: re(
      `(?<!(?:don t|dont|do not|not|never|didn t|didnt) )(?:want|wanna|wish|wished|ready|longing|need)(?: to)? die(?! (?:laughing|of (?:laughter|embarrassment|boredom|shame|cringe)))|i (?:wish|want) i (?:was|were) dead|i want to be dead|(?:go to|fall) sleep and (?:never|not) wake up|never wake up again`,
    ),
  },
  {
    term: 'kill myself',
    category: 'suicide',
    lang: 'en',
    re: re('kill(?:ing)? myself(?! laughing)|(?:hang|hanging) myself|off myself|unalive myself'),
  },
  {
    term: 'end my life',
    category: 'suicide',
    lang: 'en',
    re: re(
      '(?:end|ending) (?:my (?:own )?life|it all)|(?:take|taking) my (?:own )?life|(?:commit|committing|attempt|attempting) suicide|suicidal\\p{L}*|(?:thinking|think|thought|thoughts) (?:about|of) (?:suicide|killing myself|ending it|ending my life|dying)',
    ),
  },
  {
    term: 'don’t want to live',
    category: 'suicide',
    lang: 'en',
    re: re(
      '(?:don t|dont|do not|no longer|not) (?:want|wanna|wish) to (?:live|be alive|exist)(?! (?:in|with|near|at|here|there|on|without|together)(?= ))|(?:don t|dont|do not) (?:want|wanna) to be here anymore|no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)|better off (?:dead|without me)|(?:everyone|everybody|they) (?:would|will|d) be better (?:off )?without me',
    ),
  },
  {
    term: 'jump off a bridge',
    category: 'suicide',
    lang: 'en',
    re: re(
      '(?:jump|jumping) (?:off|from) (?:a |the |this )?(?:bridge|roof|building|cliff|balcony|window)|(?:take|swallow|taking|swallowing) all (?:my|the|of my) (?:pills|meds|tablets)|overdose on|overdosing on',
    ),
  },
  // self-harm (en)
  {
    term: 'self harm',
    category: 'self_harm',
    lang: 'en',
    re: re('self ?harm\\p{L}*|self ?injur\\p{L}*|selfharm\\p{L}*'),
  },
  {
    term: 'cut myself',
    category: 'self_harm',
    lang: 'en',
    re: re(
      '(?:cut|cutting|burn|burning) (?:myself|my (?:arms?|wrists?|legs?|thighs?|skin))(?! (?:shaving|cooking|while|when|on (?:a|the)|by accident|accidentally))|(?:want|wanna|going|urge|urges|started|keep|trying|need) to (?:hurt|harm|cut|punish) myself|(?:hurting|harming|punishing) myself|hurt myself on purpose',
    ),
  },
]

/**
 * Crisis signal in one message (first matching entry). Negated intent («не хочу умереть»,
 * "don't want to die") and known idioms are not hits.
 */
export function detectCrisis(text: string): CrisisResult {
  if (!text) return { hit: false }
  const norm = normalizeForLexicon(text)
  for (const e of CRISIS) {
    if (e.re.test(norm)) {
      const category = e.category === 'suicide' ? 'active_ideation' : 'self_harm'
      return {
        hit: true,
        category,
        categories: [category],
        severity: CRISIS_SEVERITY[category],
        lang: e.lang,
        term: e.term,
        source: 'lexicon',
      }
    }
  }
  return { hit: false }
}

// ── toxicity ──
type ToxEntry = { term: string; re: RegExp; threat?: boolean }

const TOXICITY: ToxEntry[] = [
  // ru insults
  { term: 'идиот', re: re('идиот(?:ка|ы|ов|а|у|ом|ки|ке)?') },
  { term: 'дебил', re: re('дебил(?:ка|ы|ов|а|у|ом|ки|ьн\\p{L}*)?') },
  { term: 'дура', re: re('дура|дуры|дурой|дурак|дураки|дураков|дурака') },
  { term: 'урод', re: re('урод|уроды|урода|уродина|уродов') },
  { term: 'мразь', re: re('мразь|мрази|мразота') },
  { term: 'тварь', re: re('тварь|твари') },
  { term: 'сука', re: re('сука|суки|суку|сукой|сучка|сучара|сучий') },
  { term: 'сволочь', re: re('сволочь|сволочи') },
  { term: 'ублюдок', re: re('ублюдок|ублюдки|ублюдка|ублюдков') },
  { term: 'чмо', re: re('чмо|чмошник\\p{L}*') },
  { term: 'шлюха', re: re('шлюха|шлюхи|шлюху|шалава') },
  { term: 'даун', re: re('даун|дауны|дауна') },
  // ru obscenities (stems, word-initial)
  { term: 'мат:х', re: re('ху[йеяю]\\p{L}*|нах|нахуй|похуй\\p{L}*') },
  { term: 'мат:п', re: re('пизд\\p{L}*|распизд\\p{L}*|спизд\\p{L}*') },
  {
    term: 'мат:е',
    re: re('[её]б(?:ан|ат|ал|ну|уч|л)\\p{L}*|(?:за|у|вы|на|от|до|по|рас)[её]б\\p{L}*|долбо[её]б\\p{L}*'),
  },
  { term: 'мат:б', re: re('бля|блядь|бляди|блять|блядск\\p{L}*|блядин\\p{L}*') },
  // ru slurs
  {
    term: 'slur:ru',
    re: re('пидор\\p{L}*|пидар\\p{L}*|педик\\p{L}*|чурк\\p{L}*|хач|хачи|жид|жиды|жидов\\p{L}*|ниггер\\p{L}*'),
  },
  // ru death wishes at someone
  {
    term: 'убей себя',
    threat: true,
    re: re('убей себя|убейся|иди умри|сдохни|повесься|выпились|чтоб ты сдох\\p{L}*|чтобы ты сдох\\p{L}*'),
  },
  // en insults / obscenities
  { term: 'idiot', re: re('idiot\\p{L}*|moron\\p{L}*|imbecile\\p{L}*') },
  { term: 'fuck', re: re('fuck\\p{L}*|motherfuck\\p{L}*|stfu') },
  {
    term: 'bitch',
    re: re('bitch\\p{L}*|bastard\\p{L}*|asshole\\p{L}*|dickhead\\p{L}*|cunt\\p{L}*|twat\\p{L}*'),
  },
  { term: 'whore', re: re('whore\\p{L}*|slut\\p{L}*') },
  // en slurs
  {
    term: 'slur:en',
    re: re('retard\\p{L}*|faggot\\p{L}*|fag|fags|nigger\\p{L}*|nigga\\p{L}*|tranny|kike\\p{L}*|spic'),
  },
  // en death wishes at someone
  {
    term: 'kill yourself',
    threat: true,
    re: re('kill (?:yourself|urself|yourselves)|kys|go die|(?:hope|wish) you die|drop dead|neck yourself'),
  },
]

/** Insults, obscenities, slurs and death wishes (ru/en). Self-directed insults («я дура») count too. */
export function detectToxicity(text: string): ToxicityResult {
  if (!text) return { hit: false, terms: [], threat: false }
  const norm = normalizeForLexicon(text)
  const terms: string[] = []
  let threat = false
  for (const e of TOXICITY) {
    if (e.re.test(norm)) {
      terms.push(e.term)
      if (e.threat) threat = true
    }
  }
  return { hit: terms.length > 0, terms, threat }
}

/** The lexicon ids, for documentation and tests. */
export const CRISIS_TERMS = CRISIS.map((e) => ({ term: e.term, category: e.category, lang: e.lang }))
export const TOXICITY_TERMS = TOXICITY.map((e) => e.term)
