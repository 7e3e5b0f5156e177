/**
 * Whose account a handle is: a service's, an organisation's or a public one identifies nobody in the chat —
 * unless the writer names it as their own («я под ником @yana.cringe.official», «ищи masha.puh.official, это я»).
 */

/**
 * Telegram's own service accounts (documented on telegram.org: the bot platform, spam appeals, inline
 * bots, official channels). Mentioning them identifies nobody.
 */
const SERVICE_ACCOUNTS = new Set(
  'botfather spambot stickers gif vid pic bing wiki imdb bold vote like telegram telegramtips botnews notoscam premiumbot gdprbot previews everyone here channel all'.split(
    ' ',
  ),
)
/**
 * Public accounts of organisations and of people everybody knows, as users mention them («@durov опять написал
 * пост», "saw @NASA posted"): naming them identifies nobody in the chat. A short hand-kept list, like
 * `public-figures.ts`.
 */
const PUBLIC_ACCOUNTS = new Set(
  (
    'durov nasa spacex tesla elonmusk starbucks mcdonalds netflix spotify youtube instagram twitter x tiktok ' +
    'google apple microsoft amazon meta facebook openai chatgpt nike adidas ikea disney marvel pixar bbc bbcnews ' +
    'cnn nytimes reuters who un unicef potus whitehouse natgeo taylorswift13 billieeilish arianagrande cristiano ' +
    'leomessi kimkardashian kyliejenner selenagomez therock justinbieber beyonce rihanna bts_twt bts_bighit ' +
    'mrbeast pewdiepie yandex sberbank tinkoff tbank vk vkontakte mos_ru gosuslugi rian_ru tass_agency meduzaproject ' +
    // round 26: agencies, weather and news services, leagues, wellbeing apps
    'nws noaa fema cdc cdcgov nih nhs nhsuk redcross metoffice weatherchannel bbcbreaking bbcworld ap afp cnnbrk ' +
    'espn nfl nba fifa uefa premierleague f1 olympics duolingo headspace calm samaritans mchs mchs_official ' +
    'roscosmos minzdrav rbc ria ria_novosti kommersant lentaru'
  ).split(' '),
)
/**
 * An organisation's or a bot's account by its shape: a company word as the last part (`@tinkoff_bank`,
 * `@alfabank_support`, `@Uber_Support`, `@sberbank`) or a Telegram bot, whose names must end in "bot"
 * (`@weather_bot`, `@SberBankOnlineBot`). A person's handle with such a word inside stays a handle
 * (`@banka_lena`, `@anna_shopaholic`, `@robot_masha`).
 */
const ORG_HANDLE_RE =
  /(?:^|[_.])(?:bank|official|support|help|helpdesk|care|news|shop|store|service|team|bot)$|^@?[a-z]{2,}bank$/
export const isServiceAccount = (handle: string): boolean => {
  const h = handle.toLowerCase()
  return (
    SERVICE_ACCOUNTS.has(h) ||
    PUBLIC_ACCOUNTS.has(h) ||
    ORG_HANDLE_RE.test(h) ||
    /[a-z0-9]Bot$/.test(handle.replace(/^@/, ''))
  )
}
// the writer presents the account as theirs: «я под ником @yana.cringe.official», "my page is @x.official"
const OWN_ACCOUNT_RE =
  /(?<![\p{L}])(?:под\s+ником|ник\p{L}{0,4}|мой|моя|мои|my|i'm|i\s+am|find\s+me|follow\s+me|ищи\s+меня|найди\s+меня|подпишись|подписывайся)(?![\p{L}])[^.!?\n@]{0,20}$/iu

/** A handle shaped like an organisation's, but named as the writer's own (not a public or service one). */
export function ownAccountBefore(text: string, at: number, handle: string): boolean {
  const h = handle.toLowerCase()
  if (SERVICE_ACCOUNTS.has(h) || PUBLIC_ACCOUNTS.has(h) || /bot$/i.test(h)) return false
  return OWN_ACCOUNT_RE.test(text.slice(Math.max(0, at - 40), at))
}

/**
 * An organisation's, a service's or a public account, unless the writer names it as their own before it
 * («я под ником @yana.cringe.official») or after it («ищи masha.puh.official, это я»).
 */
export function notPersonal(text: string, at: number, handle: string): boolean {
  if (!isServiceAccount(handle)) return false
  return !ownAccountBefore(text, at, handle) && !ownAccountAfter(text, at + handle.length, handle)
}

const OWN_AFTER_RE =
  /^[^.!?\n]{0,20}?(?<![\p{L}])(?:это\s+я|это\s+мой|it'?s\s+me|that'?s\s+me|that'?s\s+mine)(?![\p{L}])/iu

function ownAccountAfter(text: string, end: number, handle: string): boolean {
  const h = handle.toLowerCase()
  if (SERVICE_ACCOUNTS.has(h) || PUBLIC_ACCOUNTS.has(h) || /bot$/i.test(h)) return false
  return OWN_AFTER_RE.test(text.slice(end, end + 40))
}
