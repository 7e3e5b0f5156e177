/**
 * Look-alike families of round 22 (crisis22fp, issue #12): the rule false positives that leave-batches-out
 * (lobo.ts, LOBO_WRONG=1) and blind batch 31 show as classes — an ordinary errand at a height or an edge, a rope or
 * a jump for a sport or a trip, a harm told as recovered from, a goodbye to a thing. Data only, in the pattern
 * language of pattern.ts; scope-lists.ts joins them into SCOPE_SRC, vetoes-round22.ts asks them. Every pattern is
 * compiled `known: false` (`ROUND22_UNKNOWN`), so the classifier's features are as trained.
 */

/** A low or indoor place, or an errand done at the place: the place is no danger then («стою на крыше гаража»). */
const ORDINARY_AT_PLACE = [
  '=крыше|=крышу|=крыши|=краю|=край ~1 =гаража|=дачи|=сарая|=бани|=беседки|=кровати|=дивана|=постели|=стула|=стола|=тротуара|=бордюра|=песочницы|=бассейна|=сцены|=сугроба',
  '=roof|=edge|=top ~1 =of ~1 =the|=my|=our|=a|=his|=her ?=garden =shed|=garage|=bed|=sofa|=couch|=pool|=stage|=curb|=kerb|=porch|=bus_shelter',
  '=чиню|=чиним|=ремонтирую|=ремонтируем|=помогаю|=помогаем|=крашу|=красим|=меняю|=меняем|=фоткаюсь|=фоткаемся|=селфи|=антенну|=шифер|=черепицу|=с_чаем|=с_кофе|=салют|=салюта|=фейерверк|=фейерверка|=фейерверки',
  '=fixing|=repairing|=helping|=painting|=cleaning_the_gutters|=gutters|=antenna|=shingles|=selfie|=selfies|=fireworks|=the_fireworks|=new_years_eve|=with_a_tea|=with_my_tea|=with_tea',
  '=сняла|=снял|=снимаю|=снимали ~1 =кота|=кошку|=котенка|=змея|=мяч',
  '=get|=got|=getting|=rescue|=rescued ~2 =the|=our|=my =cat|=kitten|=ball|=kite|=frisbee',
  '=режу|=резала|=резал|=нарезаю|=cutting|=chopping|=slicing ~1 =арбуз|=хлеб|=торт|=овощи|=салат|=мясо|=лук|=watermelon|=bread|=cake|=onions|=veg|=vegetables|=meat',
]

/** A rope or a jump for a sport, a trip or a fitting at home («купил верёвку и карабины, идём на Эльбрус»). */
const SPORT_OR_TRIP = [
  'карабин*|=поход|=в_поход|=походу|=походный|=альпинизм|=альпинистск*|=скалодром|=скалолазание|=эльбрус|=горы|=в_горы|=палатку|=палатка|=сплав|=банджи|тарзанк*|=парашют|=парашютом|=вышки_в_бассейне|=с_вышки|=боксерскую_грушу|=грушу|=гамак|=качели|=турник',
  '=carabiner|=carabiners|=harness|=camping|=camping_trip|=hiking|=hike|=rock_climbing|=climbing_gym|=climbing_wall|=bouldering|=abseiling|=rappelling|=tent|=the_tent|=kayak|=high_dive|=diving_board|=cliff_jumping|=bungee|=skydiving|=parachute|=zipline|=punching_bag|=hammock|=tire_swing|=tyre_swing|=packing_list',
]

/** Words that keep a danger reading whatever the errand or sport beside it: a means, a goodbye, the act named. */
const HARM_CUE = [
  'таблет*|снотвор*|лезви*|бритв*|петл*|пистолет*|ружь*|=pills|=tablets|=blade|=blades|=razor|=noose|=gun',
  '=не_вернусь|=не_вернуться|=never_come_back|=wont_come_back|=wont_be_back|=not_coming_back|прощ*|=простите|=goodbye|=farewell|=последний|=последняя|=последнее|=last|=навсегда|=forever|=хватит|=пора|=не_могу_больше|=cant_do_this|=решилась|=решился|=конец|=the_end',
  'умер*|умир*|смерт*|суиц*|самоуб*|поконч*|=die|=dying|=suicide|=suicidal|=kill_myself|=end_it|=end_my_life',
  // a cover story told: "told the guy at the store it was for camping", «сказала, что для похода»
  '=told|=tell|=said|=say|=lied|=pretend|=pretended|=сказала|=сказал|=скажу|=соврала|=соврал|=наврала|=наврал|=будто|=типа_для',
]

/** For a place: a step over or down named there («перелезла через перила», "climbing over the railing", «щас спрыгну»). */
const STEP_CUE = [
  'прыг*|спрыг*|шагн*|сброш*|=вниз|перелез*|перил*|=за_ограждение|=jump|=jumping|=jump_off|=step_off|=over_the_railing|=over_the_rail|=over_the_fence|=over_the_edge|=railing|=the_railing|=down_there|=look_down|=looking_down',
]

/** Recovery from a harm or a wish told as done («вылечилась от РПП и селфхарма», "2 years clean today"). */
const RECOVERED = [
  '=in_recovery_from|=recovered_from|=вылечилась_от|=вылечился_от|=выздоровела_от|=выздоровел_от|=came_out_of_it|=came_out_the_other_side|=fixed_most_of_it|=was_a_symptom|=было_симптомом|=went_through_a_phase',
  '=years|=year|=months|=лет|=года|=месяцев|=месяца ~1 =clean|=без_срывов|=чистая|=чистый ~1 =today|=now|=сегодня|=уже',
]

/**
 * A goodbye to a thing one owns or uses («прощайте, мои любимые джинсы», "goodbye forever you hellsite"); not a class
 * or a school, which are people too ("goodbye forever, class 9B").
 */
const GOODBYE_THING = [
  '=goodbye|=bye|=прощай|=прощайте|=farewell ?=forever|=навсегда ~3 =джинсы|=платье|=кроссовки|=туфли|=куртка|=штаны|=брюки|=jeans|=dress|=shoes|=sneakers|=trainers|=jacket|=вк|=вконтакте|=твиттер|=инсту|=twitter|=hellsite|=starter|=sourdough|=eclair|=эклер|=пирожное',
]

/** A reason to live named right after "why do I live": «зачем я живу, если не ради шавермы», "if not for kebabs". */
const REASON_AFTER = ['=если =не =ради|=для', '=if =not =for']

/** A school or study year ended («последний звонок», "last day of school ever!!! goodbye everyone"); not a graduation alone. */
const SCHOOL_ENDED = [
  '=last =day =of|=at ?=high|=primary|=middle|=sixth_form ?=school|=uni|=college|=term|=semester|=classes !=for_me|=forever',
  '=последний =звонок|=день_в_школе|=день_учебы|=день_в_универе|=учебный_день',
]

/** A goodbye one did not get to say to someone who died («не успела с ней попрощаться», "never got to say goodbye"). */
const MISSED_GOODBYE = [
  '=не_успела|=не_успел|=не_смогла|=не_смог|=didnt_get_to|=never_got_to|=couldnt|=did_not_get_to ~2 =попрощаться|=проститься|=say_goodbye|=say_bye',
  // the goodbye said to the dead (round 26: «прощай, Рыжик, ты был лучшим», "goodbye buddy, you were the best")
  '=прощай|=покойся_с_миром|=спи_спокойно|=goodbye|=bye|=rest_in_peace|=rip ~3 =ты_был|=ты_была|=you_were ~1 =лучшим|=лучшей|=самым|=самой|=the_best|=the_goodest|=a_good',
]

/** Asking how to comfort someone grieving ("what do I even say to her", «как её поддержать»). */
const COMFORT_ASK = [
  '=what =do|=should|=can =i ?=even|=possibly =say|=tell|=write|=text',
  '=how =do|=can|=should =i =support|=comfort|=help|=be_there_for',
  '=что =ей|=ему|=им|=мне ?=вообще =сказать|=написать',
  '=как =ее|=его|=их|=мне =поддержать|=утешить',
]

/**
 * A death wish, a means or any word of living said of anyone in the message («ему незачем жить», "nothing left for
 * her"): a grieving message with one is read as usual.
 */
const DEATH_WISH = [
  'жить|=живу|=живет|жизн*|смысл*|незачем|=live|=living|=alive|=life|=point|=reason|=anymore|=больше_не|=too|=тоже|=following|=вслед',
  // a goodbye told as for good ("you won't see me again", «навсегда»)
  '=forever|=навсегда|=again|=снова|=не_увидите|=wont_see',
  'суиц*|самоуб*|поконч*|таблет*|=умереть|=не_хочет_жить|=не_хочу_жить|=за_ним|=за_ней|=к_нему|=к_ней|=быть_с_ним|=быть_с_ней|=suicide|=suicidal|=kill|=pills|=die|=to_die|=doesnt_want_to_live|=be_with_him|=be_with_her|=join_him|=join_her|=nothing_left',
]

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND22_UNKNOWN: readonly string[] = [
  ...ORDINARY_AT_PLACE,
  ...SPORT_OR_TRIP,
  ...HARM_CUE,
  ...STEP_CUE,
  ...RECOVERED,
  ...GOODBYE_THING,
  ...REASON_AFTER,
  ...SCHOOL_ENDED,
  ...MISSED_GOODBYE,
  ...COMFORT_ASK,
  ...DEATH_WISH,
]

/** The round-22 scope lists, by name (joined into SCOPE_SRC after the look-alike lists). */
export const ROUND22_SCOPE_SRC: Record<string, string[]> = {
  ordinaryAtPlace: ORDINARY_AT_PLACE,
  sportOrTrip: SPORT_OR_TRIP,
  harmCue22: HARM_CUE,
  stepCue22: STEP_CUE,
  recovered22: RECOVERED,
  goodbyeThing: GOODBYE_THING,
  reasonAfter22: REASON_AFTER,
  schoolEnded22: SCHOOL_ENDED,
  missedGoodbye22: MISSED_GOODBYE,
  comfortAsk22: COMFORT_ASK,
  deathWish22: DEATH_WISH,
}
