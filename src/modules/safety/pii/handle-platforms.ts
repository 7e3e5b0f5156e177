/**
 * Platform words in any grammatical form: stems where Russian inflects («в телеге», «в инсте»,
 * «инстаграме», «вконтакте», «в дискорде», «в тик токе»), English forms as written ("on insta", "my snap",
 * "my sc"). Read by the handle detector (`handles.ts`) as regular-expression source.
 */
export const RU_PLATFORM =
  'ник(?:нейм)?\\p{L}{0,3}|логин\\p{L}{0,2}|юзер(?:нейм)?\\p{L}{0,2}|инст\\p{L}{0,8}|тг|телег\\p{L}{0,6}|тележк\\p{L}{0,2}|' +
  'телеграм\\p{L}{0,4}|дискорд\\p{L}{0,2}|дс|скайп\\p{L}{0,2}|вк|вконтакте|контакте|ватсап\\p{L}{0,2}|вотсап\\p{L}{0,2}|вацап\\p{L}{0,2}|' +
  'вайбер\\p{L}{0,2}|снап\\p{L}{0,5}|снэп\\p{L}{0,5}|тт|тикток\\p{L}{0,2}|тикиток\\p{L}{0,2}|тик[\\s-]ток\\p{L}{0,2}|твиттер\\p{L}{0,2}|твич\\p{L}{0,2}|ютуб\\p{L}{0,2}|' +
  'фейсбук\\p{L}{0,2}|фб|реддит\\p{L}{0,2}|стим\\p{L}{0,2}|одноклассник\\p{L}{0,3}|threads|тредс\\p{L}{0,2}|' +
  'страв\\p{L}{1,2}|вичат\\p{L}{0,2}|пинтерест\\p{L}{0,2}|летербокс\\p{L}{0,2}|спотифа\\p{L}{0,2}|гитхаб\\p{L}{0,2}|линкедин\\p{L}{0,2}|тумблер\\p{L}{0,2}|тгшк\\p{L}{0,2}|' +
  'плейстейшн\\p{L}{0,2}|пс|псн|иксбокс\\p{L}{0,2}|эпик\\p{L}{0,2}|роблокс\\p{L}{0,2}|майнкрафт\\p{L}{0,2}|батлнет\\p{L}{0,2}|фортнайт\\p{L}{0,2}'
// Games, only where a handle follows straight after («мой ник в доте — SunnyVibes», «в валике я SunnyVibes»).
export const RU_GAME =
  'дот[аеуы]|валорант\\p{L}{0,2}|валик\\p{L}{0,2}|геншин\\p{L}{0,2}|пабг\\p{L}{0,2}|пубг\\p{L}{0,2}|стандофф\\p{L}{0,2}|бравл\\p{L}{0,4}'
export const EN_PLATFORM =
  'user\\s?name|nick(?:name)?|handle|insta(?:gram)?|inst|ig|telegram|tg|discord|skype|snap(?:chat)?|whatsapp|vk|tiktok|' +
  'twitter|x\\.com|twitch|youtube|yt|facebook|fb|reddit|steam|psn|xbox|kik|threads|tumblr|pinterest|gamertag|tik\\s?tok|sc|' +
  'bluesky|bsky|letterboxd|spotify|soundcloud|github|linkedin|vsco|mastodon|deviantart|goodreads|' +
  'playstation|epic|roblox|minecraft|battle[.\\s]?net|battletag|fortnite|valorant|riot|' +
  // round 25: sports, reading, writing, selling and messaging apps where people keep a public name
  'strava|komoot|alltrails|lichess|chess\\.com|ao3|wattpad|substack|patreon|ko-?fi|behance|dribbble|flickr|' +
  'untappd|depop|vinted|poshmark|ravelry|wechat|kakao(?:talk)?|viber|bereal|last\\.?fm|anilist|storygraph|backloggd|' +
  // round 26: private messengers
  'wickr|threema'
