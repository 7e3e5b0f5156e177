/**
 * Look-alike families of the crisis scope lists (crisis18fp, issue #12): everyday wording that looks like a crisis
 * phrase — a word clarified as an everyday thing, an everyday thing as a hyperbole's cause, goodbyes to parts of
 * ordinary life, less presence, games, someone else's death as grief, alive and well now, an everyday hurt of the
 * body, a letter as a therapy exercise. Not classifier features (the shipped model reads them as before). Data
 * only, in the pattern language of pattern.ts; scope-lists.ts joins them into SCOPE_SRC.
 */
/** Round 20's patterns: their words stay out of KNOWN_WORDS (pattern.ts), so the shipped classifier reads as trained. */
const MEDIA_ORDINARY = [
  '=video|=videos =call|=calls|=chat|=chats|=meeting|=meetings|=calling',
  '=do|=doing|=did|=does|=keep|=keeping|=kept =the ?=company =books',
  '=homework =with|=for ?=the|=my|=his|=her|=our ?=little ~1 =one|=ones|=kids|=kid|=son|=daughter|=boy|=girl|=children',
  '=help|=helping|=helped|=check|=checking ~3 =with ?=the|=their|=his|=her =homework',
]
const CLOSED_DOWN =
  '=shutting|=closing|=shut|=close|=winding ~1 =it|=this|=the|=my ?=blog|=channel|=podcast|=newsletter|=page|=account|=server|=stream|=shop|=store|=business =down !for|because|lol|haha|and|but'
const ACCIDENT_DENIED = [
  '=not|=wasnt|=was_not|=isnt|=is_not|=no|=never ?=an|=a|=really|=an_actual ?=real =accident|=accidental|=accidentally !prone|=to_be|=report|=insurance|=claim',
  '=не|=ни =случайно|=нечаянно !=и|=а',
  // a blade bought as if for shaving (round 26: «купил лезвия якобы для бритья»): the shaving is the lie
  '=якобы|=типа|=как_бы|=вроде_как|=будто =для =бритья|=бровей|=станка',
  '=сама_себе_вру|=сам_себе_вру|=вру_себе|=вру_сама_себе|=обманываю_себя|=себя_обманываю',
]
// going somewhere for a stated time ("I'm going to a monastery for a year. Goodbye, friends!")
const GOING_FOR_A_TIME =
  '=going|=off|=moving|=leaving|=heading|=flying|=away ~4 =for =a|=the|=six|=two|=three|=a_few|=one ~1 =year|=years|=month|=months|=summer|=semester|=weeks|=season !lol|haha'
// a job left after a stated tenure, or a retirement ("Last shift today after 12 years", "retiring on Friday",
// «последняя смена после 15 лет», «ухожу на пенсию»; round 21): settling up and goodbyes around it are a leaving's.
// Not a last shift alone: "Worked my last shift. … you'll have to go on without me" is a farewell (batch 30).
const JOB_ENDED = [
  '=last|=final ?=ever ~1 =shift|=workday|=day_on_the_job|=day_at_the_job|=day_at_work|=day_at_the_office|=day_at_the_plant|=day_at_the_factory|=day_at_the_store|=day_at_the_shop|=night_shift ~4 =after ~2 =years|=yrs|=decades|=decade',
  '=im_retiring|=i_am_retiring|=retiring_today|=retiring_on|=retiring_after|=retired_today|=retire_today|=my_retirement_party|=ухожу_на_пенсию|=вышла_на_пенсию|=вышел_на_пенсию|=проводы_на_пенсию',
  '=последняя|=последний|=последнюю ~1 =смена|=смену|=вахта|=вахту|=рабочий_день|=день_на_работе|=день_на_заводе ~4 =после|=за ~2 =лет|=года|=годы',
]
// away somewhere for a stated span ("I'm going to a monastery for a year", «уезжаю в экспедицию на полгода»; round
// 21): no "the" (not "for the new year", a date), and the caller checks no denial before it ("not going to be here")
const GONE_FOR_A_SPAN = [
  '=going|=off|=moving|=leaving|=heading|=flying|=away ~4 =for =a|=six|=two|=three|=a_few|=one|=a_whole ~1 =year|=years|=month|=months|=summer|=semester|=weeks|=season !lol|haha',
  '=уезжаю|=улетаю|=уеду|=улечу|=ухожу|=уйду|=еду|=переезжаю|=лечу|=отправляюсь|=уплываю|=уезжаем|=улетаем|=переезжаем ~4 =на ?=целый|=целое|=пару|=два|=три|=несколько|=полтора =полгода|=год|=года|=лет|=месяц|=месяца|=месяцев|=недели|=лето|=сезон|=семестр',
]
// the regulator «Роскомнадзор» slowing or blocking a site (round 22): the word is also a slang for suicide, so the
// retrained classifier read «роскомнадзор опять замедлил ютуб» as ideation at P(none) 0.003
const REGULATOR = 'роскомнадзор*|=ркн ~2 заблокир*|блокир*|замедл*|запрет*|=blocked|=slowed'
/**
 * A bump, scrape or burn on a household thing (round 24, crisis24fp): "hit my head on the cupboard door again", "caught
 * my arm on the oven door", "burned my neck with the curling iron", «ударилась головой о полку», «прижгла руку о
 * духовку». A wall, a lighter or a blade is not among the things («бьюсь головой об стену» stays self-harm).
 */
const HOUSEHOLD_HURT = [
  '=hit|=banged|=bumped|=smacked|=whacked|=caught|=scraped|=scratched|=burned|=burnt ~2 =on|=against|=with|=in ?=the|=my|=a|=our|=that ?=kitchen|=bathroom|=stupid|=rose|=hot =cupboard|=cabinet|=door|=shelf|=oven|=stove|=hob|=table|=desk|=bush|=curling_iron|=straightener|=straighteners|=iron|=pan|=kettle|=tray|=fridge|=doorframe|=car_door|=bedframe|=bed_frame',
  '=ударилась|=ударился|=стукнулась|=стукнулся|=треснулась|=треснулся|=обожглась|=обжегся|=обжеглась|=обожгла|=обжег|=прижгла|=прижег|=поцарапалась|=поцарапался|=оцарапалась|=оцарапался ~2 =о|=об|=на =полку|=дверь|=дверцу|=шкаф|=шкафчик|=угол|=стол|=духовку|=плиту|=утюг|=сковородку|=сковороду|=чайник|=противень|=косяк|=батарею|=куст|=шиповник|=плойку',
  '=обожглась|=обжегся|=обжеглась|=обожгла|=прижгла|=прижег ~2 =плойкой|=утюгом|=сковородкой|=сковородой|=противнем|=духовкой|=чайником',
]
/**
 * A last message, post or time with its bound right after it (round 24, crisis24fp): «последнее сообщение пока что, у
 * меня самолёт», «последний пост тут на какое-то время», "the last time you'll hear from me... until next week's
 * newsletter", "my last post for a while": the end of a stretch, not of a life. Not a bare "until" ("my last message
 * until they find me").
 */
const LAST_FOR_NOW = [
  '=последнее|=последний|=последняя|=последние|=last|=final ~6 =пока_что|=на_время|=на_какое_то_время|=на_какоето_время|=на_пару|=на_несколько|=до_следующей|=до_следующего|=for_now|=for_a_while|=for_a_bit|=for_a_few|=for_a_couple|=for_the_week|=for_the_weekend|=for_the_summer|=until_next|=till_next|=til_next|=until_tomorrow|=till_tomorrow|=until_monday|=until_the_weekend',
]
/** Scope patterns compiled with `known: false` (scopes.ts). */
export const UNKNOWN_WORD_SCOPES = new Set<string>([
  ...MEDIA_ORDINARY,
  CLOSED_DOWN,
  GOING_FOR_A_TIME,
  ...JOB_ENDED,
  ...GONE_FOR_A_SPAN,
  ...ACCIDENT_DENIED,
  REGULATOR,
  ...HOUSEHOLD_HURT,
  ...LAST_FOR_NOW,
])

/** The look-alike scope lists, by name (joined into SCOPE_SRC after the others, in this order). */
export const LOOKALIKE_SCOPE_SRC: Record<string, string[]> = {
  // a media word in an everyday sense (round 20): a video call, doing the books, homework done with a child; a media match inside one of these is no film/news/game context (vetoes.ts `mediaIn`)
  mediaOrdinary: MEDIA_ORDINARY,
  // an accident denied ('"by accident". Not an accident.', «не случайно»): the accident words then veto nothing
  // (vetoes.ts `accidentIn`)
  accidentDenied: ACCIDENT_DENIED,
  // the regulator blocking a site: final for the classifier stage (vetoes.ts `messageVeto`), as a named idiom is
  regulator: [REGULATOR],
  // a word clarified as an everyday thing ("i just want it to end. this semester i mean", «хочу чтобы всё
  // закончилось — в смысле защита», "when I said I can't go on I meant with this degree"): an idiom, unless
  // denied just before ("i don't mean the semester": trivialClarified in vetoes.ts); "i mean it" is emphasis
  clarified: [
    '=i_mean|=i_meant|=meant|=в_смысле|=имела_в_виду|=имел_в_виду|=я_про|=i_was_talking_about|=talking_about !it|every|that|this ~2 =semester|=term|=exam|=exams|=finals|degree|=course|=class|=job|=shift|relationship|=project|=diet|=season|=week|workday|=meeting|=sleep_schedule|=office|=сессия|=сессию|=защита|=защиту|=экзамен|=экзамены|=работа|=работу|=работы|=учеба|=учебу|=диплом|=офис|=отношения|=проект|=смена|=смену|=курсовая|=курсовую|=универ|=неделя|=неделю|=диета|=диету',
    '=semester|=term|=exams|=finals|degree|=job|relationship|=project|=diet|=week|workday|=meeting|=сессия|=защита|=работа|=учеба|=диплом|=отношения|=проект|=неделя ~1 =i_mean|=в_смысле|=я_имею_в_виду !it|every|that|this',
  ],
  // an everyday thing named as the cause or the object of the hyperbole ("kms this wifi is so slow"; not traffic or
  // a queue, which are a place and a means too: "gonna walk into this traffic"),
  // "overdosed on christmas cookies", «убьюсь об этот принтер»)
  trivialThing: [
    '=this|=этот|=эта|=этим|=этой ~1 =wifi|=internet|printer|laptop|autocorrect|update|router|=вайфай|=интернет|=принтер|=ноутбук|=автозамена|=роутер',
    '=overdosed|=od|=oded|=odd|передоз* ~1 =on|=от|=с ~2 cookies|=chocolate|candy|=sweets|=pizza|=netflix|=memes|=tv|kdramas|cheese|carbs|=шоколада|=печенья|=конфет|=сериалов|=мемов|=пиццы|=сыра',
  ],
  // a goodbye to a part of ordinary life ("goodbye forever... to my sleep schedule", «прощай, сон»), leaving a
  // group chat («самовыпилилась из группового чата родителей»)
  leavingMore: [
    '=goodbye|=bye|=farewell ?=forever ~~1 =to ?=my =sleep_schedule|=social_life|=free_time|weekend|dignity|=summer|=sleep',
    '=goodbye|=bye|=прощай|=прощайте|=farewell ?=forever|=навсегда ~1 =sleep_schedule|=social_life|=free_time|weekend|dignity|=сон|=сну|=личная_жизнь|=выходные|=режим',
    '=из ?=группового|=общего|=родительского|=рабочего|=этого|=школьного =чата|=беседы|=группы|=канала',
    // a blog, channel or page closed (round 20: "a farewell post to everyone who reads my blog: I'm shutting it down")
    CLOSED_DOWN,
    GOING_FOR_A_TIME,
    ...JOB_ENDED,
  ],
  // an absence for a stated time ("I'm going to a monastery for a year"): a bounded absence for the classifier
  // stage too (model-checks.ts `boundedAbsence`), as «меня не будет пару дней» is
  goneForASpan: GONE_FOR_A_SPAN,
  // less presence, not none ("I won't be around much anymore, starting med school", «буду реже заходить»)
  lessPresent: [
    '=be_around|=be_here|=be_on_here|=be_on ~1 =much|=as_much|=as_often|often|=a_lot !longer|more|further',
    '=реже|=редко|=меньше ~2 =заходить|=появляться|=писать|=бывать|=онлайн|=тут|=здесь|=в_сети',
  ],
  // a game or a puzzle one keeps failing («в доте убила себя лавой», "2000 deaths and counting in celeste",
  // "at the edge of giving up on this puzzle")
  games: [
    '=доте|=доту|=дота|=дотке|=майнкрафте|=майнкрафт|=майне|=роблоксе|=фортнайте|=валоранте|=варкрафте|=симсах|=сапере|=пазл|=пазлы|=кроссворд|=судоку|=лавой',
    'celeste|=elden_ring|roblox|warcraft|=this_puzzle|jigsaw|crossword|sudoku|wordle|respawned|checkpoint',
  ],
  // someone else's death or illness told as grief («похоронили бабушку», "my best friend's mom died of cancer",
  // "my late husband", "my uncle's in a coma"): the classifier stage needs near-certainty (detector.ts)
  bereaved: [
    '=mom|=mum|=mother|=dad|=father|=grandma|=grandpa|granny|grandmother|grandfather|=husband|=wife|uncle|aunt|=brother|=sister|=friend|=friends|=son|=daughter|neighbour|neighbor|=cat|=dog|=moms|=dads|mums|grandmas|grandpas|uncles|aunts|=friends ~2 =died|=passed|=passed_away|=is_in_a_coma|=in_a_coma|=has_cancer|=funeral|=is_dying|=was_diagnosed',
    '=my_late|=her_late|=his_late|=after_the_funeral|=at_the_funeral|=of_cancer|=in_a_coma',
    '=похоронили|=похоронила|=похоронил|=хороним|=умерла|=умер|=скончалась|=скончался ~2 =бабушку|=бабушка|=дедушку|=дедушка|=мама|=маму|=папа|=папу|=отец|=отца|=мать|=муж|=мужа|=жена|=жену|=брат|=брата|=сестра|=сестру|=подруга|=друг|=кот|=кошка|=собака|=соседка|=сосед',
    '=бабушка|=дедушка|=мама|=папа|=отец|=мать|=муж|=жена|=брат|=сестра|=подруга|=друг|=собака|=кот|=кошка|=пес|=попугай|=хомяк ~2 =умерла|=умер|=скончалась|=скончался|=в_коме|=в_реанимации',
    // the same told object first («дедушку сегодня похоронили», round 21)
    '=бабушку|=дедушку|=маму|=папу|=отца|=мать|=мужа|=жену|=брата|=сестру|=подругу|=друга ~2 =похоронили|=похоронила|=похоронил|=хороним|=хоронили',
    '=после_похорон|=на_похоронах|=от_рака|=в_коме',
  ],
  // alive and well now, or help found: resolved, unless a contrast follows ("I got help. I'm alive and kinda
  // happy", "im 27 and alive and even happy", «я на лечении, рада что жива»; not "I got help but…")
  aliveNow: [
    '=im_alive|=i_am_alive|=and_alive|=still_alive|=я_жива|=я_жив ~3 =and|=и|=even|=даже ~2 =happy|=happier|=better|=fine|=okay|=ok|=glad|=grateful|=счастлива|=счастлив|=рада|=рад|=в_порядке',
    '=im_alive|=i_am_alive|=я_жива|=я_жив ~1 =better|=happy|=glad|=лучше|=рада|=рад',
    '=i_got_help|=got_help|=getting_help|=got_better|=я_на_лечении|=на_лечении|=it_feels_like_a_bad_dream|=like_a_bad_dream|=как_страшный_сон',
  ],
  // an everyday hurt of the body with its cause (a tattoo, a flu shot, a cabinet door, a scab, bitten nails, food
  // poisoning): for a self-harm or imminent reading of the classifier alone (model-checks.ts), not with a means
  bodyHurt: [
    'тату*|татуировк*|пирсинг*|прививк*|tattoo|tattoos|piercing|=flu_shot|vaccine|vaccination|=booster_shot|=blood_test|dentist|=стоматолог|=стоматолога|=у_стоматолога',
    'stubbed ~2 toe',
    'food =poisoning',
    '=отравилась|=отравился|=траванулась|=траванулся ~1 =суши|=шаурмой|=едой|=грибами|=рыбой|=курицей|=молоком|=роллами|=салатом|=в_кафе|=в_столовой',
    '=bike_crash|=fell_off_my_bike|=fell_off_my_skateboard|=упала_с_велосипеда|=упал_с_велосипеда|=упала_с_самоката|=упал_с_самоката',
    ...HOUSEHOLD_HURT,
  ],
  lastForNow: LAST_FOR_NOW,
  // a letter written as a therapy exercise ("my therapist had me write a goodbye letter to my ex (not to send)",
  // «психолог попросила написать прощальное письмо обиде»): not a farewell or a plan
  exercise: [
    'therapist*|psychologist*|counsel*|психолог*|психотерапевт*|=терапевт ~3 =had_me|=made_me|=told_me_to|ask|suggest|=посоветовала|=посоветовал|=попросила|=попросил|=задала|=задал|=велела|=предложила|=предложил ~4 =write|=writing|=написать|=писать|letter*|письм*',
  ],
}
