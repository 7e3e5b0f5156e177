/**
 * Concept features for the crisis classifier (features.ts): which kinds of words a message has — a means, a
 * future time or date, a decision, a finality cue, arrangements for after, a person at risk, a trivial
 * stake — and which scope markers and rules fired. The classifier learns how these combine ("a means and a
 * date", "arrangements and a finality cue"), so it generalises over words of the same kind it never saw
 * together, instead of needing one rule per phrasing. Data only, in the pattern language of pattern.ts;
 * word order inside a message is free (each concept is found on its own).
 */
/** «1е»…«31е», «1го»…, «1ое»…: a day of the month as chat writes it (words.ts keeps such ordinals as typed). */
const DAY_OF_MONTH = Array.from({ length: 31 }, (_, i) => `=${i + 1}е|=${i + 1}го|=${i + 1}ое`).join('|')

export const CONCEPT_SRC: Record<string, string[]> = {
  // a future point in time: a weekday, a date, "after X", "when they leave"
  when: [
    '=понедельник|=вторник|=среду|=среда|=четверг|=пятницу|=пятница|=субботу|=суббота|=воскресенье|=выходных|=выходные|=завтра|=послезавтра',
    '=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday|=weekend|=tomorrow|=tmrw|=tonight',
    '=на|=через|=к|=до =следующей|=этой|=неделе|=неделю|=месяц|=месяца|=концу|=новому|=нового|=дня',
    '=next =week|=month|=year|=time|=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday',
    '=после|=after =похорон|=экзаменов|=сессии|=свадьбы|=выпускного|=дня|=нового|=праздников|=the|=my|=his|=her|=exams|=finals|=graduation|=christmas|=new',
    '=когда|=when|=once|=как_только|=пока ~3 =уедут|=уедет|=уснут|=уйдут|=останусь|=leave|=leaves|=asleep|=goes|=go|=gone|=alone|=empty|=out|=одна|=один|=пустая',
    '=день_рождения|=днюху|=birthday|=anniversary|=годовщину|январ*|феврал*|март*|апрел*|=мая|июн*|июл*|август*|сентябр*|октябр*|ноябр*|декабр*',
    'january|february|march|april|june|july|august|september|october|november|december|=срок|=deadline|=дату|=дата|=date',
    // crisis18ru: a day of the month («на 20е», «1го», «25 число»)
    `${DAY_OF_MONTH}|=числа|=число|=числу`,
  ],
  // a decision, a plan, a readiness, preparation
  plan: [
    '=решила|=решил|=решено|=решение|=decided|=decision|=план|=плана|=plan|=planned|=planning|=готова|=готов|=ready|=prepared|=всё_решено|=все_решено|=its_decided|=made_up_my_mind',
    'подготовил*|приготовил*|=купила|=купил|=заказала|=заказал|=накопила|=накопил|=коплю|=собираю|=собрала|=собрал|=отсыпаю|=bought|=ordered|=saved|=saving|=stash|=stashed|=stockpiling|=collecting|=nicking',
    '=посчитала|=посчитал|=проверила|=проверил|=изучила|=изучил|=нашла|=нашел|=посмотрела|=узнала|=погуглила|=гуглила|=checked|=measured|=researched|=looked_up|=googled|=scoped|=scoping|=figured_out|=found|=worked_out|=did_the_math',
    // crisis18ru: a plan made or a date set («всё распланировано», «дату назначила», «решение принято»)
    'спланир*|распланир*|продума*|придумал*|назначил*|определил*|=решение_принято|=всё_решено|=planned_it|=set_a_date|=picked_a_date|=chose_the_date',
    '=сделаю|=сделаю_это|=do_it|=doing_it|=done|=закончу|=end_it|=finish_it|=всё_сделаю|=it_happen|=then_thats_it|=thats_it|=на_этом_все|=и_все|=и_всё|=тогда_все',
  ],
  // a finality cue: not coming back, the last time, for good
  finality: [
    '=больше =не|=никогда|=я_не ~2 =увидимся|=вернусь|=напишу|=приду|=зайду|=появлюсь|=увидите|=услышите|=побеспокою',
    '=навсегда|=насовсем|=for_good|=forever|=never_again|=wont_be_back|=not_coming_back|=wont_see|=last_time|=last_one|=see_ya_never|=no_longer_be|=wont_be_here|=wont_get_the_chance|=signing_off',
    '=последний|=последнее|=последняя|=последние|=last|=final ~1 =раз|=сообщение|=день|=time|=message|=text|=post|=day|=words',
    '=это =конец|=прощание|=прощай|=прощайте|=goodbye|=farewell|=the_end',
  ],
  // arrangements for after: who gets what, passwords, keys, pets, plants, letters, debts
  arrange: [
    '=отдайте|=отдай|=заберите|=забери|=позаботься|=позаботьтесь|=полейте|=покормите|=передайте|=передай|=give|=take_care_of|=water|=feed|=tell_them|=tell_my|=look_after|=keep',
    '=пароль|=пароли|=пин|=ключи|=ключ|=завещание|=записку|=записка|=письма|=письмо|=password|=passwords|=pin|=key|=keys|=will|=letter|=letters|=note|=notes|=login',
    // crisis18ru: papers and money settled for after (a will at a notary, insurance, an account passed on, a
    // message scheduled, accounts deleted)
    'завещ*|нотариус*|страхов*|переоформ*|переписал*|похорон*|отложенн*|раздар*|соцсет*|=insurance|=notary|=scheduled|=life_insurance',
    '=раздала|=раздал|=раздам|=раздаю|=gave_away|=giving_away|=give_away|=paid_my_debts|=paid_the_rent|=cancelled|=deleted|=удалила|=удалил|=for_the_funeral|=на_похороны|=похорон',
  ],
  // crisis18ru: giving up, holding on only until a date, a decision told as final and not to be talked out of
  resign: [
    'дотян*|=не_доживу|=сдаюсь|=сдалась|=сдался|окончательн*|=хватит|=отмучаюсь|=отмучилась|=отмучился|=из_игры|=держу_слово|=сдержу_слово|=тянуть_не_буду|=не_буду_тянуть',
    '=не_отговаривайте|=не_отговаривай|=не_переубеждайте|=не_спасайте|=не_надо_меня_спасать|=не_надо_спасать|=не_прошу_помощи|=не_останавливайте',
    '=give_up|=giving_up|=gave_up|=im_done|=hold_on_until|=hang_on_until|=dont_try_to_stop_me|=dont_stop_me|=dont_talk_me_out|=no_going_back|=its_final|=made_peace',
  ],
  // crisis18ru: a farewell's wishes and forgiveness («берегите себя», «живите дальше», «поцелуйте сына за меня»)
  bless: [
    '=берегите|=береги_себя|=живите_дальше|=живи_дальше|=не_плачьте|=не_плачь|=не_грустите|=поцелуйте|=обнимите|=за_меня|=будьте_счастливы|=будь_счастлива|=будь_счастлив|=прощаю|=прошу_прощения|=простите_меня|=прости_меня',
    '=take_care_of_yourselves|=take_care_of_yourself|=be_happy|=dont_cry|=dont_be_sad|=dont_miss_me|=live_your_life|=i_forgive|=forgive_me|=for_me',
  ],
  // crisis18ru: a place or substance of danger told by circumstance (a cliff, exhaust fumes, antifreeze, a road's
  // oncoming lane, water up to the chest, a high floor)
  danger: [
    'обрыв*|угарн*|антифриз*|уксус*|=навстречу|=по_грудь|=по_шею|=по_пояс|этаж*|=cliff|=fumes|=antifreeze|=oncoming|=chest_deep|=floor',
  ],
  // a person in the writer's life (a third party at risk is about them)
  third: [
    'подруг*|=друг|=друга|=другу|сестр*|брат|=брата|=мама|=мамы|=маме|=мать|=папа|=отец|=сын|=сына|=дочь|=дочка|одноклассни*|однокурсни*|=парень|девушк*|=муж|=жена|=сосед|=соседка|бабушк*|дедушк*|=ученик|=ученица|подопечн*|подписчи*|коллег*',
    '=friend|=friends|=bestie|=bff|=mate|=sister|=brother|=mom|=mum|=mother|=dad|=father|=son|=daughter|=kid|=child|=teen|=classmate|=roommate|=boyfriend|=girlfriend|=husband|=wife|=partner|=grandma|=grandpa|=student|=students|=follower|=colleague|=coworker|=cousin',
    '=she|=he|=her|=his|=him|=она|=он|=ее|=его|=ей|=ему|=shes|=hes|=theyre|=они',
  ],
  // the writer
  self: ['=я|=мне|=меня|=мной|=i|=im|=me|=my|=myself|=ive|=id|=ill|=себя|=себе|=собой'],
  // a hurt to the body (burn, hit, scratch, starve, purge)
  body: [
    'жг*|=прижгла|=прижег|=прижечь|=обожгла|=обжег|ожог*|=burn|=burned|=burnt|=burning|=scald|=scalded',
    'бь*|=била|=бил|=ударила|=ударил|долбил*|=долбилась|=об_стену|=головой|=hit|=hitting|=punch|=punched|=slap|=slapped|=bang|=banged|=head',
    'царап*|расцарап*|ковыря*|=scratch|=scratched|=claw|=clawed|=pick|=picking|=jab|=dig',
    'голода*|рвот*|=не_ем|=starve|=starving|=purge|=purging|=throw_up|=make_myself',
    'кров*|синяк*|волдыр*|шрам*|порез*|=blood|=bleed|=bleeding|=bruise|=bruises|=blister|=scar|=scars|=wrist|=wrists|=arm|=arms|=thigh|=thighs|запясть*|=руку|=руки|бедр*|=кожу|=skin',
    '=специально|=нарочно|=on_purpose|=to_feel|=чтобы_почувствовать|=наказать|=punish',
  ],
  // hoping to be hit, to fall ill, for the plane to fall: death wished on oneself from outside
  fate: [
    '=хоть_бы|=вот_бы|=лишь_бы|=пусть|=если|=надеюсь|=hope|=hoping|=wish|=if|=wouldnt_mind|=не_против',
    '=собьет|=сбила|=сбил|=собьёт|=машина|=автобус|=грузовик|=поезд|=самолет|=рак|=заболеть|=не_долетел|=упал|=a_car|=bus|=truck|=train|=plane|=cancer|=sick|=crash|=hit_me|=hits_me|=took_me_out|=not_recover|=not_come_back|=not_wake|=dont_wake',
  ],
  // a trivial stake: the thing at stake is ordinary (hyperbole)
  trivial: [
    'домашк*|контрольн*|экзамен*|=сессия|=сессии|=пара|=пары|=автобус|=автобусе|пробк*|работ*|начальник*|=понедельник|будильник*|=wifi|=вайфай|=интернет|=телефон|зарядк*|очеред*|бюрократ*|налог*|ипотек*|кредит*',
    '=homework|=exam|=exams|=quiz|=test|=assignment|=deadline|=deadlines|=bus|=traffic|=boss|=work|=monday|=mondays|=alarm|=wifi|=phone|=battery|=queue|=taxes|=paperwork|=bureaucracy|=landlord|=screen_time|=emails|=meeting|=posts|=mom_posts|=hungover|=hangover',
    '=lol|=lmao|=haha|ахах*|хаха*|=ору',
  ],
  // talk about words, slang and trends, not use of them
  talk: [
    '=слово|=слова|=сленг|=тренд|=мем|=мемы|=word|=words|=slang|=trend|=meme|=memes|=term|=phrase|=means|=meaning|=означает|=значит|=catchphrase|=say|=saying|=says|=говорят|=пишут',
    'тикток*|=tiktok|=канал|=channel|=пост|=post|курс*|=course|=training|психолог*|=psych|статистик*|=statistics',
  ],
}

/** Concept pairs whose co-occurrence is a feature of its own (a means and a time, arrangements and finality). */
export const CONCEPT_PAIRS: [string, string][] = [
  ['plan', 'finality'],
  ['arrange', 'when'],
  ['arrange', 'plan'],
  ['resign', 'when'],
  ['resign', 'plan'],
  ['resign', 'self'],
  ['finality', 'when'],
  ['bless', 'finality'],
  ['bless', 'self'],
  ['danger', 'self'],
  ['danger', 'now'],
  ['danger', 'when'],
  ['danger', 'plan'],
  ['means', 'when'],
  ['means', 'now'],
  ['means', 'plan'],
  ['plan', 'when'],
  ['finality', 'arrange'],
  ['finality', 'self'],
  ['third', 'anchor'],
  ['third', 'means'],
  ['third', 'finality'],
  ['body', 'self'],
  ['fate', 'self'],
  ['trivial', 'anchor'],
  ['talk', 'anchor'],
  ['media', 'anchor'],
  ['pastStrong', 'anchor'],
  ['resolved', 'anchor'],
  ['negator', 'anchor'],
]

/**
 * (crisis18en) Kinds of words that tell imminent danger, a plan or a goodbye obliquely, in English: "walked into
 * the ocean … fully dressed", "took all my grandad's morphine … feeling heavy", "paid off my card … end of the
 * month", "thank u for everything … wherever i end up". Many are everyday words alone, so they count only in
 * listed pairs (detector.ts `anchored`): a pair stands in for a crisis word, letting the classifier speak on a
 * message with none. They are not classifier features (a new feature retrains the model, and its noise loses
 * as many crisis lines as the words gain).
 */
export const OBLIQUE_SRC: Record<string, string[]> = {
  // a place to fall from or drown in, named by its kind
  place: [
    '=ocean|=sea|=river|=lake|=waves|=tide|=pier|=cliff|=cliffs|=quarry|=tracks|=railway|=rails|=overpass|=motorway|=highway|=car_park|=parking_garage|=multi_storey|=multistorey|=top_floor|=rooftop|=ledge|=railing|=tower',
  ],
  // being at the edge or going in: the body's position
  edge: [
    '=dangling|=dangle|=hanging_over|=over_the_edge|=climbed|=climbing|=walked_into|=walking_into|=wading|=waded|=go_in|=going_in|=went_in|=step_off|=stepping_off|=how_high|=legs_over|=fully_dressed|=shoes_off|=up_here|=sitting_on_the|=standing_on_the|=last_msg_before|=last_message_before',
  ],
  // a medicine named by its name, its pack or a quantity
  drug: [
    '=morphine|=paracetamol|=tylenol|=ibuprofen|=codeine|=oxy|=oxycodone|=insulin|=xanax|=benzos|=sertraline|=antidepressants|=painkillers|=sleeping_pills|=heart_meds|=lithium|=diazepam|=zopiclone|=blister_packs|=blister_pack|=strip|=packets|=whole_bottle|=whole_pack|=whole_strip|=the_lot|=everything_i_had|=all_of_them',
  ],
  // taking it in
  ingest: [
    '=took|=taken|=swallowed|=chewed|=downed|=necked|=popped|=ate|=emptied|=is_gone|=are_gone|=finished_the|=washed_down|=chugged',
  ],
  // the body slowing or fading
  fading: [
    '=sleepy|=drowsy|=heavy|=numb|=dizzy|=fading|=slowing|=blurry|=shaking|=cant_feel|=dont_feel|=tingly|=floating|=its_working|=kicking_in|=going_dark|=heartbeat',
  ],
  // affairs settled for after: a will, the funeral, subscriptions cancelled, texts written in advance
  affairs: [
    '=affairs|=in_order|=my_peace|=made_peace|=will_and_testament|=testament|=my_will|=funeral|=eulogy|=paid_off|=cancelled|=canceled|=unsubscribed|=scheduled|=prewrote|=pre_wrote|=prewritten|=pre_written|=drafted|=queued|=one_way|=no_return|=not_booking_a_return|=return_ticket|=loose_ends|=tied_up|=sorted_out|=sorted_my|=sorted_her|=sorted_his|=stuck_with_it|=nobody_will_connect|=so_shed_stop|=stop_watching',
  ],
  // not being around any more, told obliquely
  absence: [
    '=wont_be_here|=wont_be_around|=not_be_here|=not_being_here|=wont_be_answering|=stop_waiting|=wont_need|=lighter_soon|=be_lighter|=finally_resting|=finally_rest|=at_peace|=when_im_gone|=after_im_gone|=once_im_gone|=when_the_time_comes|=not_around|=no_longer|=nobody_needs|=make_it_to|=dont_make_it|=not_make_it|=fade_out|=wherever_i_end_up|=soon_ill_see|=fade_away|=join_her|=join_him',
  ],
  // a goodbye told by thanks, love or an apology
  thanks: [
    '=thank_you_for|=thank_u_for|=thanks_for|=grateful|=ill_miss|=i_will_miss|=miss_you|=miss_u|=dont_cry|=proud_of|=hold_on_to|=remember_me|=sorry_for_all|=sorry_for_everything|=sorry_for_the_trouble|=ily|=love_you_all|=love_u_all|=take_care_of_yourself|=look_after_each_other|=only_one_who|=be_happy',
  ],
  // what is left to someone: "goes to you", "to charity", "leaving my laptop to"
  bequest: [
    '=goes_to|=can_go_to|=to_charity|=to_the_shelter|=leaving_my|=leave_my|=inherit|=yours_now|=its_yours|=all_yours|=you_can_have|=can_have_my|=keep_my|=giving_away|=gave_away|=give_my|=water_it|=feed_him|=feed_her|=my_journal|=my_diary|=my_passwords|=the_passwords',
  ],
  // slang for suicide and self-harm
  slang: [
    '=kms|=kys|=ctb|=unalive|=unaliving|=sewerslide|=self_deletion|=self_delete|=self_deleting|=selfdelete|=delete_myself|=deleting_myself|=uninstall_myself|=uninstall_life|=final_exit|=yeet_myself|=toaster_bath|=dirt_nap|=do_it_do_it|=relapsed|=clean_streak|=days_clean',
  ],
}

/**
 * Which oblique kinds (OBLIQUE_SRC), alone or with a classifier concept (CONCEPT_SRC, the scope lists), stand in
 * for a crisis word: a medicine taken, a place with the body at its edge or now, affairs with a date or plan,
 * thanks with a finality cue or an absence, belongings left with arrangements, slang alone.
 */
export const OBLIQUE_ANCHORS: string[][] = [
  ['drug', 'ingest'],
  ['drug', 'fading'],
  ['ingest', 'fading'],
  ['place', 'edge'],
  ['place', 'now'],
  ['affairs', 'when'],
  ['affairs', 'plan'],
  ['absence', 'thanks'],
  ['thanks', 'finality'],
  ['bequest', 'arrange'],
  ['bequest', 'thanks'],
  ['slang'],
]
