/**
 * Scope word lists of the crisis rules (rules.ts), in the pattern language of pattern.ts: negation, past and
 * resolution, films/news/games, idioms and hyperbole, accidents, leisure, ordinary goodbyes, and the markers
 * that keep the classifier quiet (medical, everyday); the look-alike families come from scope-lists-lookalikes.ts.
 * Data only; rules.ts compiles them once.
 */
import { LOOKALIKE_SCOPE_SRC } from './scope-lists-lookalikes.js'
import { ROUND22_SCOPE_SRC } from './scope-lists-round22.js'
import { ROUND24_SCOPE_SRC } from './scope-lists-round24.js'
import { ROUND24_RU_SCOPE_SRC } from './scope-lists-round24-ru.js'
import { ROUND25_SCOPE_SRC } from './scope-lists-round25.js'
import { ROUND25_RU_SCOPE_SRC } from './scope-lists-round25-ru.js'
import { ROUND26_SCOPE_SRC } from './scope-lists-round26.js'

/** Scope word lists, as patterns so multi-word markers ("used to", «в прошлом») work the same way. */
export const SCOPE_SRC: Record<string, string[]> = {
  negator: [
    '=free_of|=free_from|=clean_from|=не|=нет|=ни|=никогда|=ничуть|=без|=вовсе|=отнюдь|=not|=dont|=never|=no|=didnt|=doesnt|=isnt|=wont|=wouldnt|=aint|=nor|=without|=arent|=werent|=wasnt|=havent|=hasnt|=nothing|=neither',
  ],
  // a negator followed by these does not negate the crisis phrase after it («не могу перестать думать о…»)
  negNeutral: [
    '=gonna_lie|=going_to_lie|=to_lie|=kidding|=joking|=могу|=может|=знаю|=понимаю|=перестать|=перестаю|=переставая|=выдержу|=справляюсь|=вижу|=помогает|=помогло|=хватает|=уверена|=уверен|=know|=understand|=stop|=help|=sure|=care|=think|=see|=cope|=matter|=bear|=handle|=remember|=get|=sleep|=spend|=wait|=tell|=talk|=want_to_live|=хочу_жить|=хочется_жить|=хочу_больше_жить|=longer',
  ],
  pastStrong: [
    '=used_to|=use_to|=раньше|=когда-то|=когда_то|=прежде|=бывало|=некогда|=in_the_past|=back_then|=in_those_days|=in_high_school|=in_middle_school|=in_college|=as_a_teen|=as_a_teenager|=as_a_kid|=когда_мне_было|=когда_я_была|=когда_я_был|=когда_я_училась|=когда_я_учился|=there_was_a_time|=there_was_a_period|=был_период|=была_пора|=было_время|=тяжелый_период',
    '=в|=во =прошлом|=юности|=детстве|=подростковом|=школе|=универе|=институте|=молодости|=студенчестве|=девятом|=десятом|=одиннадцатом|=восьмом',
    '=in ~2 =grade|=form',
    // a past year («в 2019 резала руки»)
    '=в|=in|=since|=с ~1 =2000|=2001|=2002|=2003|=2004|=2005|=2006|=2007|=2008|=2009|=2010|=2011|=2012|=2013|=2014|=2015|=2016|=2017|=2018|=2019|=2020|=2021|=2022|=2023|=2024|=2025',
    '=в ~1 =классе|=лет',
    '=с|=со|=since ?=my =юности|=детства|=школы|=подросткового|=high_school|=childhood|=school',
    '=когда ~1 =была|=был =подростком|=ребенком|=школьницей|=школьником|=студенткой|=студентом|=маленькой|=маленьким',
    // an age («в 17 хотелось умереть», "at 15"), not a clock time
    '=в|=at =12|=13|=14|=15|=16|=17|=18|=19|=20|=21|=22|=23|=24|=25 !утра|вечера|часов|часа|ночи|минут|числа|pm|am|oclock|tonight|tomorrow|today|сегодня|завтра|сейчас|now|minutes|mins|min',
    // an age after the thoughts or a past verb («мысли были в 15, сейчас…», "those thoughts at 15, now…")
    '=thoughts|=feelings|=urges|=мысли|=были|=было|=была|=был|=were|=was ~1 =в|=at =12|=13|=14|=15|=16|=17|=18|=19|=20|=21|=22|=23|=24|=25',
    '=помню =как|=когда',
    '=remember =wanting|=when|=being|=how_i',
    '=when =i =was ~2 =younger|=teen|=teenager|=kid|=child|=little|=in|=at|=13|=14|=15|=16|=17|=18|=19|=20',
    '=years|=year|=лет|=года|=год =ago|=back|=назад',
    '=a_few|=many|=several|=couple_of|=пару|=несколько|=много =years|=лет',
  ],
  pastWeak: [
    '=ago|=once|=тогда|=then',
    // «назад не полезу»: «назад» as a direction, not time
    '=назад !не|пути|дороги|хода',
    '=в|=к =прошлом|=прошлому',
    '=last =year|=summer|=winter',
    '=в =прошлом|=том =году',
    '=прошлой|=прошлым =зимой|=весной|=осенью|=летом',
    '=в =прошлом =месяце',
  ],
  resolved: [
    '=now|=today|=these_days|=nowadays|=сейчас|=теперь|=сегодня ~4 =better|=ok|=okay|=fine|=good|=great|=happy|=alright|=safe|=stable|=well|=recovered|=clean|=glad|=grateful|=лучше|=хорошо|=нормально|=отлично|=норм|=прошло|=нет|=счастлива|=счастлив|=рада|=рад|=стабильно|=спокойно|=живу',
    '=not_anymore|=no_longer|=больше_нет|=уже_нет|=больше_не|=уже_не',
    '=behind_me|=позади|=прошло|=прошли|=отпустило|=recovered|=recovery|ремисси*|=survived|=выжила|=выжил|=справилась|=справился|=выкарабкалась|=выкарабкался|=пережила|=пережил|=got_help|=therapy_helped|=терапия_помогла|=изменилось|=glad_im_alive|=рада_что_жива|=clean|=sober|=в_завязке|=не_режусь',
    '=but_now|=а_теперь|=но_теперь|=а_сейчас|=но_сейчас|=сейчас_все|=теперь_все',
    '=now|=теперь|=сейчас ~3 =remember|=look_back|=вспоминаю|=вспоминать|=оглядываюсь|=смешно|=laugh|=laughing|=funny',
    '=now|=today|=сейчас|=теперь ~3 =love|=enjoy|=loving|=люблю|=ценю|=радуюсь =life|=living|=my_life|=жизнь|=жизни|=жить',
  ],
  // resolution words that say on their own that it is over («сейчас ремиссия», "the thoughts went away")
  resolvedStrong: [
    // scars told as old («шрамы на руках старые», «шрамы с прошлого»), not "new cuts over old scars"
    '=шрамы|=scars ~3 =старые|=are_old|=с_прошлого|=from_the_past|=from_years_ago|=from_back_then',
    'ремисси*|=in_remission|=went_away|=are_gone|=is_gone|=long_gone|=in_my_past|=is_in_the_past|=behind_me|=позади|=ушли|=отпустило|=отпустили|=перерос|=переросла|=outgrew|=outgrown|=прошли_сами|=прошло_само|=давно_не|=уже_давно_не|=это_прошло|=все_прошло|=справилась_с|=справился_с|=beat_the_urge|=overcame|=lifted|=отступила|=отступили|=теперь_нет|=now_i_dont|=сейчас_нет|=it_passed|=that_passed|=it_went_away|=havent_in_a_long_time|=havent_in_ages|=havent_in_years|=in_a_long_time|=прошел|=прошла|=закончился|=закончилась|=is_over|=was_over|=are_over|=has_passed|=passed',
  ],
  // a harm given up, told right next to the phrase («резаться перестала», "quit self harming", "stopped the
  // self harm"): past for a self-harm hit unless negated or wished for (rules.ts) or it came back (`relapse`)
  ceased: [
    '=stopped|=quit|=перестала|=перестал|=бросила|=бросил|=вылечилась|=вылечился|=завязала|=завязал|=recovered_from|=healed_from',
  ],
  // a harm that happened by accident, or a hurt while doing something ordinary, is not self-harm
  accident: [
    '=just_a_scratch|=only_a_scratch|=just_a_bruise|=просто_царапина|=всего_лишь_царапина|=просто_синяк',
    '=случайно|=нечаянно|=нечайно|=ненароком|=accidentally|=by_accident|=on_accident|=by_mistake|=не_специально|=not_on_purpose',
    // a hurt while cutting food or cleaning («опять порезалась, пока лук резала»)
    '=пока|=когда|=while ~3 =резала|=резал|=нарезала|=нарезал|=готовила|=готовил|=чистила|=чистил|=мыла|=мыл|=cooking|=chopping|=slicing|=peeling|=dicing',
    '=shaving|=бритья|=бреясь|=washing|=cleaning|=opening|=fixing|=моя_нож|=когда_мыла|=когда_мыл|=открывая|=открывала|=playing|=while_playing|=while_cooking|=while_shaving|=while_chopping|=at_practice|=at_training|=на_тренировке|=играя|=при_бритье|=когда_готовила|=когда_готовил|=когда_брилась|=когда_брился',
    // a knife or a glass dropped (round 26: «уронила нож, порезала ногу»)
    '=уронила|=уронил|=выронила|=выронил|=разбила|=разбил ~2 =нож|=ножик|=стакан|=стекло|=бутылку|=тарелку|=банку|=чашку|=кружку|=зеркало',
  ],
  // a denial after the phrase («суицидальные мысли? у меня их нет», "suicidal thoughts, i dont have any")
  denyAfter: [
    '=нет_ты_что|=нет_конечно|=конечно_нет|=неа|=no_way|=nope|=of_course_not|=hell_no|=у_меня_их_нет|=их_нет|=их_у_меня_нет|=нет_их|=i_dont_have_any|=dont_have_any|=i_have_none|=i_dont_have_them|=not_me|=not_mine|=not_wanting_it|=not_wanting_to|=i_said_no|=said_no|=я_сказала_нет|=я_сказал_нет|=ответила_нет|=ответил_нет|=не_ко_мне|=не_про_меня|=not_for_me',
  ],
  // a first-person statement that one will not harm oneself (classifier stage only, for an act — intent,
  // imminent, self-harm, active ideation — and with no contrast after it: detector.ts): "I'm not going to hurt
  // myself", «я не собираюсь ничего с собой делать». Not "not suicidal" (self-harm is told so) nor "not
  // planning anything" (passive ideation is told so).
  selfSafe: [
    '=not|=never|=wont|=dont ~1 =going_to|=gonna|=planning_to|=planning_on|=plan_to|=want_to|=intend_to =hurt|=hurting|=harm|=harming|=kill|=killing =myself',
    '=im_safe|=i_am_safe|=were_both_ok|=were_both_okay|=were_both_fine|=not_anything_dark|=nothing_dark|=not_in_a_dark_way|=not_in_a_bad_way|=this_isnt_that',
    '=не_собираюсь|=не_планирую|=не_буду ~1 =ничего_с_собой_делать|=себя_убивать|=убивать_себя|=себе_вредить|=вредить_себе',
    '=я_в_безопасности',
  ],
  // a word that one will be back soon ("I will write again tomorrow", "cya", «до завтра»): a farewell read by the
  // classifier is an ordinary ending unless a finality cue (concepts.ts) is there too (detector.ts)
  returning: [
    '=write_again|=talk_again|=talk_tomorrow|=talk_later|=talk_soon|=see_you_tomorrow|=see_you_soon|=cya|=ttyl|=till_tomorrow|=until_tomorrow|=for_one_night|=for_tonight|=enough_for_today|=enough_for_tonight|=напишу_завтра|=напишу_еще|=напишу_позже|=до_завтра|=спишемся|=на_сегодня_все|=на_сегодня_хватит|=вернусь|=еще_вернусь|=загляну|=еще_загляну|=ill_be_back|=be_back_soon|=ill_come_back|=will_come_back|=пока_пока|=покеда|=чао|=ciao|=laters',
  ],
  // an absence told with its bound («меня не будет пару дней», «…до понедельника», «…на выходных»; not «через пару
  // дней меня не будет»): a plan or farewell read by the classifier is an ordinary absence unless a finality cue
  // is there too (model-checks.ts)
  absence: [
    '=меня =не =будет ?=на|=до|=всю|=целую =пару|=несколько|=два|=три|=выходных|=выходные|=неделю|=понедельника|=вторника|=среды|=четверга|=пятницы|=субботы|=воскресенья|=вечера|=завтра|=отпуск',
  ],
  // a thing given away for an everyday reason, as a listing ("doesn't fit anymore, size M, pickup near the
  // station", «взял новый, отдам даром»): not arrangements for after (model-checks.ts; not "everything", «всё»)
  giveaway: [
    '=даром|=бесплатно|самовывоз*|=размер|=size|=pickup|=pick_up|=collection_only|=free_to_a_good_home|=to_a_good_home|=doesnt_fit|=dont_fit|=outgrew|=outgrown|=не_подошел|=не_подошла|=в_хорошем_состоянии|=in_good_condition|=взял_новый|=взяла_новый|=купил_новый|=купила_новый|=купили_новый|=got_a_new_one|=bought_a_new_one|=upgraded',
  ],
  // a sign-off for the night (going to sleep, good night, the phone dying): the end of a conversation, not of a
  // life, unless a death word, a means or a stronger finality cue is there too (model-checks.ts)
  goodnight: [
    '=спокойной_ночи|=споки|=доброй_ночи|=good_night|=goodnight|=nighty_night|=night_night|=night_all|=night_everyone|=night_guys|=пойду_спать|=иду_спать|=пошла_спать|=пошел_спать|=going_to_try_sleeping|=try_sleeping|=try_to_sleep|=get_some_sleep|=off_to_bed|=heading_to_bed|=phones_dying|=phone_is_dying|=phones_about_to_die|=телефон_садится',
  ],
  // waking somewhere or at a time one looks forward to ("sleep and wake up in july on a beach", «проснуться уже
  // летом»): the opposite of not waking up (model-checks.ts; not "not wake up", «не проснуться»)
  wakeAt: [
    '=wake_up|=wake|=проснуться|=проснулась|=проснулся|=проснусь|=просыпаться ~3 =летом|=весной|=в_июле|=в_отпуске|=на_пляже|=на_море|=in_july|=in_summer|=in_spring|=on_a_beach|=on_the_beach|=at_noon|=on_holiday|=on_vacation',
  ],
  // words of death, harm and its means, of not being here: with one of these, the two checks above do not apply
  deathWords: [
    'умер*|умир*|умр*|смерт*|сдох*|подох*|помер*|суиц*|самоуб*|таблет*|снотвор*|=вены|=вен|порез*|порежу*|=режу|=резать|вскр*|прыг*|шагн*|веревк*|петл*|повес*|вздерн*|передоз*|наглот*|отрав*|=запью|=запила|=запил|=запиваю|=выпила_все|=выпил_все|=приняла_все|=принял_все|роскомнадзор*|поконч*|=не_будет|=не_станет|=не_жить|похорон*|=без_меня',
    '=die|=died|=dead|=death|=dying|kill*|suicid*|unaliv*|=kms|=ctb|overdos*|swallow*|=took_all|=took_them|=taken_all|=took_everything|=cut|=cutting|=cuts|harm*|blade*|razor*|rope*|noose*|=jump|=jumping|=end_it|=end_my|=without_me|=no_longer|=not_be_here|=not_exist|=disappear|=vanish|=gone|=better_off|burden*|=lethal|=gun|=funeral',
  ],
  // a joke retracted in so many words («пойду повешусь, шучу», "jk"); "not joking" is handled in jokeRetracted
  joke: [
    '=thats_the_tweet|=thats_the_post|=шучу|=шутка|=шуткую|=прикалываюсь|=jk|=jking|=just_kidding|=kidding|=joking|=j_k|=я_пошутила|=я_пошутил',
    // moving on to the kettle right after (round 26: «пойду повешусь. ладно, пойду кофе сделаю»)
    '=ладно|=ну_ладно|=ok|=okay|=anyway =пойду|=иду|=going_to|=gonna|=off_to ~1 =кофе|=чай|=чаю|=работать|=обедать|=доделывать|=make_coffee|=make_tea|=get_coffee|=work',
  ],
  // someone doing something ordinary on a roof or a bridge, in company («сижу на крыше с друзьями»)
  leisure: [
    // an ordinary pastime at the place: studying, a drink, a photo shoot, the view, stuck in traffic
    '=зубрю|=учу|=готовлюсь|=какао|=пью_чай|=пью_кофе|=фотограф|=фотографом|=фотосессия|=фотосессии|=фотосессию|=вид_на|=любуюсь|=уютно|=в_пробке|=пробка|=studying|=cocoa|=photographer|=photoshoot|=photo_shoot|=the_view|=stuck_in_traffic|=traffic|=cozy|=cosy',
    '=с =друзьями|=подругой|=другом|=парнем|=девушкой|=семьей|=ребятами|=компанией',
    '=with =friends|=my_friends|=my_bf|=my_gf|=the_guys|=my_family|=my_crew',
    '=подышать|=покурить|=проветриться|=for_some_air|=for_air|=to_smoke|=сцены|=сцене|=stage|=бассейна|=pool|=кофе|=coffee|=чай|=tea|=читаю|=reading|=курю|=курим|=smoking|=загораю|=sunbathing|=книгу|=a_book|=жду_подругу|=жду_друга|=жду_друзей|=жду_маму|=жду_парня|=жду_девушку|=жду_автобус|=жду_такси|=waiting_for_my|=waiting_for_a|=waiting_for_the_bus|=вечеринка|=party|=смотрим|=смотрю_на_закат|=фоткаю|=фотографирую|=закат|=звезды|=читает|=курит|=курят|=загорает|=рисует|=smokes|=smoking|=sunbathing|=drawing|шашлык*|=пикник|=taking_pics|=taking_photos|=sunset|=stars|=bbq|=picnic|=watching_the|=термос|=термосом|=thermos|=разводят|=развод_мостов|=красота|=красотища|=смотрю_на_город|=looking_at_the_city|=the_city_lights',
  ],
  // an ordinary goodbye names where one goes or until when («прощайте, переезжаю в другой чат», "dont look for me till noon")
  leaving: [
    '=в_другую_компанию|=на_новую_работу|=рабочий_чат|=рабочем_чате|=another_company|=new_job|=work_chat|=leaving_for|=уходит_в|=переходит_в',
    '=вернусь|=be_back|=back_in|=back_on|=ill_be_back|=на_сессии|=exams|=из_проекта|=из_профессии|=из_команды|=из_чата|=из_группы|=from_the_project|=the_project|=the_team|=the_company',
    // leaving a chat or a group is named with the leaving ("leaving this chat"), not by the chat alone ("this chat
    // was warmer than my actual life")
    '=leaving|=leave|=left|=quitting|=quit|=exiting|=exit|=muting|=out_of|=goodbye|=bye ~2 =this_chat|=the_chat|=the_group|=this_group|=the_server|=this_server',
    // an ordinary absence with a reason: a trip, no signal ("i won't be here next week, going camping")
    '=camping|=hiking|=no_signal|=no_reception|=no_service|=no_wifi|=off_grid|=off_the_grid|=festival|=holiday|=holidays|=business_trip|=road_trip|=honeymoon|=retreat|=detox|=digital_detox|=в_поход|=в_походе|=без_связи|=нет_связи|=командировк*',
    // a goodbye in a dream ("I had a dream that I said goodbye to everyone", «мне приснилось, что я прощаюсь»)
    '=had_a_dream|=i_dreamt|=i_dreamed|=dreamt_that|=dreamed_that|=in_my_dream|=in_a_dream|=приснилось|=снилось|=во_сне',
    '=see_you|=see_ya|=увидимся !=on_the_other_side|=in_another_life|=in_the_next_life|=in_heaven|=на_том_свете|=в_другой_жизни|=never|=никогда',
    '=спокойной_ночи|=good_night|=goodnight|=gn|=на_сегодня|=for_today|=в_спортзале|=в_зале|=в_библиотеке|=at_the_gym|=at_the_library|=at_work|=на_работе',
    '=переезжаю|=уезжаю|=улетаю|=спать|=в_отпуск|=на_дачу|=в_горы|=до_обеда|=до_завтра|=до_понедельника|=до_вечера|=moving|=flying|=to_sleep|=to_bed|=off_to|=vacation|=trip|=till|=until|=see_you_tomorrow|=см_завтра',
    // a goodbye to an app, a workplace or a stage of life («прощай тиндер», "goodbye forever planet fitness")
    // a goodbye to money, a year, an age or a habit («прощайте, мои 20 тысяч», "goodbye 2025", «прощайте мои 17»,
    // "goodbye cigarettes"), a job left ("handed in my notice"), an app quit, a phone about to die
    '=goodbye|=bye|=прощай|=прощайте|=farewell ~3 =quid|=bucks|=dollars|=money|=pounds|=euros|=рублей|=тысяч|=тысячи|=денежки|=деньги|=зарплата|=salary|=paycheck|=savings|=cigarettes|=smoking|=сигареты|=сигаретам|=курению|=vape|=вейп|=sugar|=сахар|=caffeine|=alcohol|=booze|=алкоголь|=office|=офис|=standups|=cubicle|=desk',
    '=goodbye|=bye|=прощай|=прощайте ?=my|=мои|=old|=старый =2018|=2019|=2020|=2021|=2022|=2023|=2024|=2025|=2026|=2027|=2028|=13|=14|=15|=16|=17|=18|=19|=20|=21|=25|=30|=40|=50',
    '=handed_in_my_notice|=gave_my_notice|=put_in_my_notice|=my_notice|=resigned|=quit_my_job|=уволилась|=уволился|=увольняюсь|=написала_заявление|=написал_заявление|=last_day_at_work|=последний_рабочий_день',
    '=quitting|=quit|=deleting|=deleted|=uninstalling|=uninstalled|=deactivating|=deactivated|=удаляю|=удалила|=удалил|=удалю|=сношу|=снесла ~2 =the ?=app =app|=tinder|=twitter|=instagram|=insta|=tiktok|=facebook|=snapchat|=reddit|=bumble|=hinge|=тиндер|=инсту|=инстаграм|=тикток|=приложение|=аккаунт',
    '=battery|=батарея|=заряд|=зарядка|=phone_is_dying|=phones_about_to_die|=phone_is_about_to_die|=phones_dying|=телефон_садится|=телефон_сейчас_сядет|=садится_телефон|=сел_телефон',
    '=goodbye|=bye|=прощай|=прощайте ?=forever|=навсегда|=to|=to_my ?=my =tinder|=twitter|=instagram|=insta|=tiktok|=facebook|=snapchat|=reddit|=bumble|=hinge|=тиндер|=инста|=инстаграм|=тикток|=опенспейс|=офис|=office|=gym|=planet_fitness|=twenties|=thirties|=teens|=20s|=30s|=двадцатым|=двадцать',
  ],
  // a wish about the past («лучше бы я умерла в детстве», "wish I'd died as a kid") is not a past report
  counterfactual: ['=бы|=wish|=wished|=if_only|=хоть_бы|=вот_бы|=should_have|=shouldve'],
  // negation of the whole frame, any distance before the phrase in its clause («не то чтобы я хотела умереть»)
  negFrame: [
    '=не_то_чтобы|=не_в_том_смысле|=не_думаю_что|=не_считаю_что|=its_not_that|=not_that|=its_not_like|=not_like|=not_in_the_sense|=dont_think_anyone|=dont_think_everyone|=dont_think_people|=dont_think_they|=dont_think_that|=zero|=ноль|=никаких',
  ],
  relapse: [
    // a contrast with the past makes it current («по-настоящему, не как раньше», "not like when I used to")
    '=не_как_раньше|=не_как_тогда|=not_like_before|=not_like_when|=unlike_before|=this_time|=в_этот_раз|=по-настоящему|=по_настоящему',
    // "it came back", not "back in 2021" / "back then"
    '=back !=in|=then|=when|=in_the|=at|=during',
    '=again|=still|=lately|=recently|=these_days|=right_now|=tonight|=снова|=опять|=до_сих_пор|=все_еще|=по-прежнему|=вновь|=вернулись|=вернулось|=возвращаются|=накрывает|=последнее_время|=прямо_сейчас|=returned|=started_again|=начала_снова|=начал_снова|=опять_хочу',
    // a resolution one had believed in (round 26: «пошла и порезалась. думала что всё прошло»)
    '=думала|=думал|=казалось ?=что =все ?=уже =прошло|=позади|=закончилось',
  ],
  // relapse words read by the rules only, not the classifier (crisis11): a slip after a stop («4 года держалась.
  // вчера сорвалась»), not off a diet or at someone («сорвалась на маму»); worse than before («сх каждый день уже»)
  relapseSlip: [
    '=сорвалась|=сорвался|=сорвусь !с|со|на',
    '=уже =каждый =день',
    '=каждый =день =уже !не|нет|год|месяц|полгода|неделю|давно',
  ],
  // talk about a crisis word as a word, a trend or other people's saying, and the regulator «Роскомнадзор»
  // blocking a site: "unalive is such a weird tiktok word", "people saying kms as a joke", «роскомнадзор заблокировал»
  meta: [
    // a saying named as one, not denied: «это фигура речи», «такая присказка», "just a figure of speech",
    // "a running joke" (not «это не фигура речи»)
    '=это|=просто|=лишь|=такая|=такой|=её|=его|=just_a|=only_a|=its_a|=thats_a|=just_an|=its_an|=have_a|=has_a|=our|=their|=his|=her =фигура_речи|=присказка|=поговорка|=figure_of_speech|=running_joke|=turn_of_phrase|=manner_of_speaking|=expression',
    '=word|=words|=slang|=trend|=catchphrase|=abbreviation|=stands_for|=слово|=словечко|=сленг|=тренд|=аббревиатура|=расшифровывается|=people_saying|=everyone_says|=everyone_saying|=все_говорят|=все_так_говорят|=так_говорят|=шутят|=when_people_say|=people_say|=people_who_say|=когда_люди_говорят|=люди_говорят|=мы_все_так_говорим|=мы_так_говорим|=все_мы_так_говорим|=так_все_говорят',
    'роскомнадзор* ~2 заблокир*|блокир*|замедл*|запрет*|=blocked|=slowed',
    // death as a question to think about, not a wish («философски», "in a philosophical way", "existentially")
    '=philosophical|=philosophically|=existentially|=in_the_abstract|=abstractly|=as_a_concept|философск*|=абстрактно',
  ],
  media: [
    'фильм*|=кино|сериал*|=серии|=серия|=сезон|книг*|=роман|=романе|=рассказ|=рассказе|повест*|персонаж*|=герой|=героя|=героиня|=героини|=героине|песн*|=трек|=треке|=клип|=клипе|=аниме|манг*|новост*|=статья|=статье|=статью|=статьи|документал*|подкаст*|=игре|=игра|=игры|=катке|=катку|уровн*|=босс|=босса|=сцена|=сцене|актер*|актрис*|=певец|=певица|рэпер*|=главе|=главы|стих*|писател*|=спектакль|=спектакле|мульт*|=новелле|=репортаж|=сюжет|=сюжете|=новостях|=по_телеку|=по_телевизору|ютуб*|=видео|блогер*|=шоу|=статистика|=курсовую|=доклад|=реферат|=эссе|лекци*|=кинчик|=дораме|=дорама',
    'статистик*|=исследование|=исследования|=исследовании|=опрос|=опроса|=by_the_numbers|=survey',
    '=диплом|=диплома|=дипломную|=диссертацию|=диссертация|профилактик*|=prevention|=thesis|=dissertation|=research_paper|=волонтер|=волонтерю|=volunteer',
    '=реп|=рэп|=репе|=рэпе|=rap|=трек|=track',
    '=кс|=кске|=cs|=csgo|=cs2|=пабг|=pubg|=гранатой|=grenade|=катки|=катке|=респ|=респавн',
    '=movie|=movies|=film|=films|=show|=series|=episode|=season|=book|=books|=novel|=story|=character|=characters|=protagonist|=hero|=heroine|=song|=songs|=lyrics|=lyric|=album|=anime|=manga|=news|=article|=documentary|=podcast|=game|=games|=gaming|=level|=boss|=respawn|=scene|=actor|=actress|=celebrity|=singer|=rapper|=chapter|=poem|=author|=netflix|=tv|=minecraft|=fortnite|=valorant|=dota|=npc|=villain|=fanfic|=comic|=youtube|=youtuber|=video|=headline|=musical|=opera|=sims|=shakespeare|=hamlet|=juliet|=romeo|=lecture|=essay|=homework|=statistics|=research|=study|=studies|=drama|=kdrama|=playthrough|=speedrun|=raid|=match',
  ],
  idiom: [
    '=со|=от =смеху|=смеха|=стыда|=скуки|=любопытства|=зависти|=жары|=духоты|=умиления|=кринжа|=хохота|=нетерпения',
    '=laughing|=laughter|=embarrassment|=cringe|=boredom|=curiosity|=cuteness|=lmao|=lmfao|=rofl',
    '=of|=from =embarrassment|=shame|=boredom|=cringe|=laughter|=curiosity|=cuteness|=heat',
    '=if =i =have =to ~6 =one_more_time|=again|=another',
    // figurative: «самоубийственная затея», "suicide mission", "on its last legs"
    'самоубийственн*|=suicide_mission|=suicide_run|=on_its_last_legs|=on_their_last_legs|=last_legs|=не_жилец',
    '=dying_to|=умираю_хочу|=till_i_die|=until_i_die|=to_die_for',
    // a shrug at a small risk ("if i die, i die. ordering the 5-alarm ramen"), not "if i die i die, who'd even notice"
    '=if_i_die_i_die|=if_i_die_then_i_die !whod|who|nobody|=no_one|noone|anyone|would|and|honestly|=i_dont_care|idc',
    // a letter as an exercise, not a note: to oneself, to open in years, never to be sent
    '=letter|=letters|=письмо|=письма ~6 =to_myself|=to_my_future_self|=to_future_me|=my_future_self|=to_open_in|=never_send|=never_sent|=unsent|=wont_send|=себе_в_будущее|=самой_себе|=самому_себе|=не_отправлю|=не_отправлять',
    // the last day of a sale, an offer or a deadline («последний день распродажи», "last day of the sale")
    'последн* ~1 =день|=дни|=шанс ~1 =распродажи|=скидок|=скидки|=акции|=приема|=подачи|=записи',
    '=last =day|=days|=chance ~2 =sale|=discount|=offer|=deal|=enrollment|=registration|=to_apply|=to_register',
    // a stance held to the end ("this hill? I'll die on it", "a hill to die on")
    '=die_on_this_hill|=die_on_that_hill|=die_on_it|=hill_to_die_on|=hill_i_will_die_on|=hill_ill_die_on',
    // "I'd rather die than go to that party" (not "than live like this")
    '=rather|=скорее ~1 =die|=be_dead|=умру|=сдохну|=умереть =than|=чем !live|living|=go_on|wake|=keep_living|feel|be|spend|жить|так|проснуться|быть|терпеть',
    '=last|=final =message|=post|=text|=exam|=day|=shift|=class ~1 =for|=of|=before|=at|=on|=until =today|=tonight|=now|=the_day|=the_year|=the_week|=break|=vacation|=work|=school',
    '=последнее|=последний|=последняя ~1 =сообщение|=занятие|=день|=экзамен|=пара|=смена|=дежурство|=урок|=рабочий_день ~1 =на|=перед|=в|=до|=за =сегодня|=отпуском|=каникулами|=этом|=году|=офисе|=работе|=неделе|=праздниками',
    '=как =хочется|=хочу ~1 =спать|=есть|=кушать|=жрать|=в_отпуск|=домой|=пить|=на_море|=отдохнуть',
    '=боюсь|=боится|=страшно|=страх ~2 =умереть|=смерти|=умирать|=сдохнуть',
    '=be|=being =the =death =of',
    // effort hyperbole: «сдохну на этом марафоне», "I'll die on this run"
    '=мясо|=meat|=дрова|=firewood ~2 =реж*|=режет|=cutting|=cut|=bbq|=шашлык',
    'реж*|=cutting|=cuts ~1 =мясо|=meat|=дерево|=дрова|=wood|=firewood',
    '=marathon|=workout|=gym|=training|=this_run|=a_run|=the_run|=my_run|=hike|=марафоне|=тренировке|=пробежке|=зале|=походе',
    // a thing that "makes me want to die" is hyperbole about the thing («от этой жары хочется сдохнуть»)
    '=this|=that|=these|=those !life|world|pain|feeling|feelings|loneliness|depression|thought|thoughts|emptiness|existence ~2 =makes|=made|=make|=making =me =want|=wanna ?=to =die|=kill_myself|=scream',
    '=от !одиночества|боли|тоски|безысходности|жизни|себя|всего|отчаяния|пустоты|мыслей|депрессии ~2 =хочется|=хочу|=охота ~1 =умереть|=сдохнуть|=повеситься|=застрелиться|=удавиться',
    // cutting food, hair or paper («режу себе ногти», "cutting the salad")
    'реж*|резал*|=порезать|=нарезать|нарез*|=cut|=cutting|=cuts ?=себе|=my|=the|=her|=his|=some ~1 =ногти|=челку|=волосы|=хлеб|=салат|=торт|=лук|=овощи|=бумагу|=nails|=hair|=bangs|=bread|=salad|=cake|=onion|=onions|=veggies|=vegetables|=paper|=coupons|=grass|=wood',
    // leaving a chat, a group, a project or a job («выпилилась из всех чатов», "removed myself from the group")
    // leaving named with the leaving («вышла из чата», «выпилилась из всех чатов»), not «хочу уйти. не из чата»
    '=самовыпилился|=самовыпилилась|=самоудалился|=самоудалилась|=вышла|=вышел|=выхожу|=выйду|=выйти|=ушла|=ушел|=ухожу|=уйду|=уйти|=удалилась|=удалился|=удаляюсь|=удалюсь|=удалиться|=выпилилась|=выпилился|=выпиливаюсь|=выпилюсь|=ливнула|=ливнул|=ливаю|=сливаюсь|=отписалась|=отписался|=отписываюсь|=меня|=себя ~3 =из ?=этой|=этого|=всех ~1 =беседы|=чата|=чатов|=группы|=групп|=инсты|=инстаграма|=соцсетей|=телеги|=проекта|=профессии|=команды|=компании',
    // English names the leaving ("removed myself from the group"), not only the place ("anyone from the server")
    '=left|=leaving|=leave|=removed|=removing|=remove|=deleted|=deleting|=quit|=quitting|=exited|=exiting|=logged_off|=logging_off|=myself|=me ~3 =from ?=all|=the|=this|=my ~1 =chat|=chats|=group|=groups|=server|=project|=team|=profession|=socials|=company',
    // "die without coffee": a treat one cannot live without
    '=без|=without ~1 =кофе|=coffee|=сладкого|=шоколада|=chocolate|=sugar|=интернета|=wifi|=internet|=сериалов|=music|=музыки|=пиццы|=pizza|=чая|=tea',
    // hanging a shelf, a rope for the laundry
    '=повешу|=повесит|=повесила|=повесил|=повесить|=hang|=hung|=hanging ~1 =полку|=картину|=шторы|=белье|=куртку|=зеркало|=shelf|=picture|=curtains|=laundry|=clothes|=coat|=tv|=mirror|=the_shelf|=a_shelf',
    '=бельевую|=бельевая|=бельевой|=бельевые|=clothesline|=washing_line|=laundry_line',
    // a change of stage, not a farewell: «прощайте мои 17, здравствуйте 18», "goodbye summer, hello autumn"
    '=прощай|=прощайте|=goodbye|=bye ~4 =здравствуй|=здравствуйте|=привет|=hello',
    '=rope|=веревку|=веревка|=веревки ~2 =for|=для ~1 =drying|=laundry|=clothes|=белья|=сушилки|=палатки|=tent|=climbing|=swing|=качелей|=the_drying_rack',
    // ending a habit («покончить с курением»), wanting a week or a shift to end
    '=покончить|=покончила|=покончил|=покончу|=покончим =с|=со !собой|собою|жизнью|жизнь|этим|всем|всеми|этой|этого|ней|ним',
    '=эта|=этот|=это|=эти ~1 =неделя|=день|=семестр|=год|=смена|=пара|=пары|=совещание|=лекция|=сессия|=четверть ~1 =закончилась|=закончился|=закончилось|=закончились|=кончилась|=кончился|=прошла|=прошел',
    '=this|=the|=that ~1 =week|=day|=month|=semester|=year|=shift|=meeting|=class|=lecture|=call|=term|=exam|=flight|=party ~1 =to =end|=be_over',
    '=как =смешно|=ржу|=угар|=so_funny|=hilarious',
    // a diet or a temper, not a relapse
    '=сорвалась|=сорвался|=сорвусь|=срыв|=fell_off|=snapped|=relapsed ~2 =с_диеты|=диеты|=на_сладкое|=на_маму|=на_ребенка|=на_мужа|=на_парня|=на_детей|=diet|=at_my|=on_sugar|=on_sweets',
    // leaving work, school or a party («решила уйти с работы», "leaving work early")
    '=уйти|=уйду|=ухожу|=ушла|=ушел|=уходить =с|=со|=из =работы|=учебы|=пары|=урока|=вечеринки|=универа|=школы|=смены|=офиса|=декрета',
    '=leave|=leaving|=quit|=quitting ~1 =work|=my_job|=the_job|=school|=class|=the_party|=early|=the_office',
    // pets and things are not people at risk («мой кот суицидник», "my phone died")
    '=кот|=кошка|=котик|=пес|=собака|=хомяк|=попугай|=cat|=dog|=kitten|=puppy|=hamster|=parrot ~2 суицид*|=suicidal',
    '=кот|=кошка|=котик|=пес|=собака|=cat|=dog|=kitten|=puppy ~2 хотел*|=пытался|=пыталась|=tried|=wanted|=wants ~1 =выпрыгнуть|=прыгнуть|=спрыгнуть|=jump|=to_jump',
    // a general question about a dose is information, not an overdose
    '=can|=could|=is_it_possible_to ~1 =you|=one|=people|=a_person|=someone ~1 =overdose|=od =on',
    '=можно|=бывает|=возможна|=возможен ~1 =ли ~1 =передоз|=передозировка|=передознуться|=отравиться',
    '=в =гроб|=могилу ~1 =сведу|=сведешь|=сведет|=сведете|=сведут|=загонит|=загонишь|=вгонит|=вгонишь',
    '=afraid|=scared|=terrified|=fear ~2 =of =dying|=death|=die',
  ],
  // idioms the rules veto like `idiom` but the classifier does not read as a concept (a new concept pattern
  // changes the features, and a retrain then flips ~30 dev lines each way whatever the pattern does)
  idiomRules: [
    // a letter for an ordinary departure: a retirement, a contract or a job elsewhere ("a goodbye letter to my
    // therapist since she's retiring", «прощальное письмо коллеге, она уходит на пенсию»); not a birthday or a
    // holiday, where a goodbye letter may be a hidden farewell
    '=letter|=letters|=card|=письмо|=письма|=открытку ~8 =retiring|=retires|=retired|=retirement|=leaving_do|=farewell_party|=contract|=new_job|=на_пенсию|=на_пенсии|=контракт|=проводы|=проводах',
    // a window as the way out of a trivial cause («от маминых нотаций хочется выйти в окно»)
    '=от !одиночества|боли|тоски|безысходности|жизни|себя|всего|отчаяния|пустоты|мыслей|депрессии ~2 =хочется|=хочу|=охота ~1 =выйти_в_окно|=выпрыгнуть_в_окно',
  ],
  // a trivial stake makes a threat hyperbole («повесится, если его команда проиграет», "she'll die without the
  // new console", "if she hears that song one more time"); and a dismissal of someone else's words as drama
  hyperbole: [
    '=если|=if|=unless ~5 =команда|=наши|=проиграет|=проиграют|=продует|=матч|=матче|=team|=loses|=lose|=match|=песню|=song|=приставку|=console|=ps5|=xbox|=iphone|=айфон|=концерт|=concert|=tickets|=билеты|кроссовк*|=кроссы|=sneakers|=shoes|=мерч|=merch|=for_the_team|=в_команду|=еще_раз|=one_more_time|=wifi|=интернет|=crush|=краш|=крашу|=совещание|=meeting|=пара|=лекция|=lecture|=урок|=вайфай|=созвон|=call',
    // a lottery win is a fantasy ("if i won the lottery you would never hear from me again")
    '=lottery|=jackpot|=лотерею|=лотерея|=лотерее|=джекпот',
    '=без|=without ~2 =приставки|=console|=phone|=телефона|=iphone|=айфона|=ps5|=xbox|=wifi|=интернета|=tiktok|=тиктока',
    // a workload as the cause is venting («работы столько что хоть вешайся», "so much work i could hang myself")
    '=so_much|=too_much|=so_many|=столько|=столько_всего|=куча|=завал ~1 =work|=homework|=emails|=tasks|=meetings|=deadlines|=работы|=дел|=домашки|=задач|=отчетов|=учебы',
    // a fixed Russian idiom of exasperation («хоть вешайся», «хоть в петлю лезь»)
    '=хоть ~1 =вешайся|=в_петлю|=стреляйся|=топись|=ложись_и_помирай|=вой',
    // "overdosed on caffeine", "would die for a burrito"
    '=overdosed|=od|=oded|=odd|передоз* ~1 =on|=от|=с ~1 =caffeine|=coffee|=sugar|=kpop|=anime|=love|=tiktok|=кофе|=кофеина|=сахара|=сладкого|=energy_drinks|=энергетиков',
    '=would|=could|=id|=бы ~3 =die|=умер|=умерла|=умереть =for|=за !you|тебя|вас|her|him|нее|него|them|них|=my_family|семью',
    // «режусь в доту», «резались в карты»: Russian slang for playing a game
    'реж*|резал*|=резаться =в|=во !ванной|туалете|комнате|душе|тайне|руку|руки|кровь|кровь',
    // a haircut or a dye job regretted («сама подстригла челку, теперь хочу умереть»)
    'подстриг*|постриг*|покрасил*|перекрасил*|=cut|=dyed ?=myself|=себе|=сама|=сам ~2 =челку|=челка|=волосы|=bangs|=hair|=my_bangs|=my_hair',
    // devotion, not danger: «с моста прыгнет ради неё», "would jump off a bridge for her"
    '=ради =нее|=него|=тебя|=вас|=любви',
    '=would|=will|=d|=id|=hed|=shed ~4 =jump|=die ~4 =for =her|=him|=you|=love',
    '=keeps_using|=keep_using|=kept_using|=драматизирует|=драматизирует|=drama_queen|=so_dramatic|=always_says_that|=says_that_all_the_time|=она_так_всегда|=он_так_всегда|=так_всегда_говорит|=всегда_так_говорит|=being_dramatic|=exaggerating|=преувеличивает|=утрирует|=как_всегда_драма',
    '=says_this_every_time|=says_that_every_time|=says_it_every_time|=says_stuff_like_that|=says_things_like_that|=just_how_they_talk|=how_they_talk_now|=just_slang|=is_just_slang|=gallows_humour|=gallows_humor',
  ],
  // someone else's words dismissed as a habit or drama (also in `hyperbole`): for a third-party hit, anywhere in the
  // message ("she says he says this every time and he's fine") (rules.ts)
  dismissal: [
    '=keeps_using|=keep_using|=kept_using|=драматизирует|=драматизирует|=drama_queen|=so_dramatic|=always_says_that|=says_that_all_the_time|=она_так_всегда|=он_так_всегда|=так_всегда_говорит|=всегда_так_говорит|=being_dramatic|=exaggerating|=преувеличивает|=утрирует|=как_всегда_драма',
    '=says_this_every_time|=says_that_every_time|=says_it_every_time|=says_stuff_like_that|=says_things_like_that|=just_how_they_talk|=how_they_talk_now|=just_slang|=is_just_slang|=gallows_humour|=gallows_humor',
  ],
  // a film/book/game as the cause of one's own state, or one's own life in it, does not make the crisis words
  // reported speech: "after that movie I want to kill myself, it's literally my life", «посмотрела сериал и поняла…»
  mediaSelf: [
    '=про|=about|=like ~1 =мою|=my|=me =жизнь|=life',
    '=literally|=basically|=just =my =life|=me',
    '=у =меня ~1 =все|=так =так|=же',
    '=same =as =me|=her|=him|=them',
    '=как_будто|=like|=its_like|=as_if ~3 =про|=about =меня|=me',
    '=поняла|=понял|=realized|=realised|=realize|=поняла_что|=понял_что ~2 =что|=that|=i|=я',
  ],
  // medication talk with a doctor/prescription in it is not an overdose (classifier stage only)
  medical: [
    // a small count is an ordinary dose («выпил две таблетки на ночь», "i take allergy pills every day")
    '=одну|=две|=1|=2|=one|=two|=a|=an таблет*|=pill|=pills|=tablet|=tablets|=капсулу|=capsule',
    // one's own medication carried about («мои таблетки в сумке», "my meds are in my bag")
    '=my|=мои|=свои ~1 =pills|=meds|=tablets|=таблетки|=лекарства ~3 =bag|=purse|=pocket|=backpack|=сумке|=кармане|=рюкзаке|=with_me|=с_собой',
    '=headache|=headache_gone|=голова_прошла|=мигрень|=migraine|=на_ночь|=от_головы|=от_аллергии|=allergy|=every_day|=каждый_день|витамин*|=vitamins|=vitamin|ибупрофен*|парацетамол*|=ibuprofen|=tylenol|=advil|=painkiller|=как_обычно|=as_usual',
    '=take|=took|=taking|=принимаю|=приняла|=принял =my|=мои|=свои =pill|=pills|=meds|=medication|=таблетку|=таблетки|=лекарства',
    '=по_рецепту|=по_назначению|=врач|=врача|=врачу|=доктор|=терапевт|=психиатр|=психиатра|=назначил|=назначила|=назначили|=prescribed|=prescription|=doctor|=doctors|=psychiatrist|=pharmacist|=as_prescribed|=dosage|=дозировк*',
  ],
  // an everyday plan named in the message keeps the model quiet (classifier stage only): "we picked the wedding
  // date", «наконец покрашу стены»
  everyday: [
    // where to live, not whether («не хочу там жить», "don't want to live there")
    '=там|=тут|=здесь|=there|=here ~1 =жить|=live|=living',
    '=жить|=live|=living =там|=тут|=здесь|=there|=here|=с_родителями|=with_my_parents|=with_them|=с_ними',
    // the end of an ordinary chat: thanks for the talk or the support, a goodbye to an old thing, colleagues,
    // leisure jumps («спасибо большое за поддержку, пока», "goodbye old phone", "went bungee jumping")
    '=спасибо|=thanks|=thank_you|=thx ?=большое|=so_much|=a_lot ~1 =за|=for ~1 =поддержку|=разговор|=помощь|=совет|=support|=the_talk|=the_chat|=listening|=help|=advice',
    '=goodbye|=bye|=прощай|=пока =old|=my_old|=старый|=старая|=старое|=старенький|=старенькая',
    'коллег*|=colleagues|=coworkers|=банджи|=bungee|=skydiving|=парашют|=парашютом|=zipline|тарзанк*',
    // anger at someone else, not at oneself ("ugh im gonna kill someone today")
    '=kill|=killing|=murder ~1 =someone|=somebody|=everyone|=everybody',
    // money offered, asked or lent («если нужны деньги, звони», "if you need cash, call me", «займи до пятницы»)
    '=если|=if ~2 =нужны|=нужно|=надо|=need|=needs ~1 =деньги|=денег|=money|=cash',
    '=в_долг|=займи|=одолжи|=одолжить|=занять|=lend|=borrow|=loan',
    // being late is an everyday errand («передайте маме, что я задержусь», "tell mom i'll be late")
    '=задержусь|=задерживаюсь|=опоздаю|=опаздываю|=буду_поздно|=приду_поздно|=running_late|=be_late|=ill_be_late|=be_home_late',
    // an alarm time: a complaint about the schedule («не хочу просыпаться в 6 утра»)
    '=в|=at =5|=6|=7|=8|=9|=10|=11|=12 =утра|=am|=oclock|=часов',
    '=5am|=6am|=7am|=8am|=9am',
    '=проспать|=sleep_through|=sleep_in|=на_сегодня|=for_today|=for_tonight|=пошла_спать|=пошел_спать|=иду_спать|=going_to_bed|=off_to_bed|=going_to_sleep|=спокойной_ночи|=good_night|=goodnight',
    'переезж*|=relocating|=moving_to|=moving_away|=из_этого_города|=из_города|=this_city|=this_town|свадьб*|=wedding|=отпуск|=отпуска|=vacation|=trip|поездк*|собеседован*|=interview|=ремонт|=покрашу|=painting|=paint|=переезд|=moving|=birthday|=днюха|=днюху|=arguing|=ругаемся|=спорим|=beach|=пляж|=на_море|=the_sea|=park|=парк|=shopping|=шопинг|=brunch|=picnic|=пикник',
  ],
  // someone else's completed suicide told as a loss («друг покончил с собой», "my uncle killed himself"): grief,
  // not a person at risk now (classifier stage only; an attempt — «пытался», "tried to" — is another verb form)
  loss: [
    // «покончил» alone is done (with something, or with himself, said or not), never a wish: «покончил бы» is one
    '=покончил|=покончила|=покончили !бы',
    '=повесился|=повесилась|=застрелился|=застрелилась|=выбросился|=выбросилась|=выпилился|=выпилилась|=самоубился|=самоубилась',
    '=killed|=hanged|=shot =himself|=herself|=themself|=themselves',
    '=took|=ended =his|=her|=their =own =life|=lives',
    '=died|=death =by =suicide',
    '=committed|=comitted =suicide',
  ],
  // someone else's death or suicide (worry, grief): «думаю о смерти бабушки», «как пережить суицид близкого». An
  // idiom (rules.ts), unless the message joins the dead one (joinDead); the classifier reads it as `idiom`
  grief: [
    '=смерти|=смерть|=суицид|=суициде|=суицида|=самоубийство|=самоубийстве|=самоубийства|=уход ~1 =бабушки|=дедушки|=мамы|=папы|=отца|=матери|=брата|=сестры|=друга|=подруги|=мужа|=жены|=кота|=собаки|=близкого|=близких|=родителей|=сына|=дочери|=человека|=родственника|=одноклассника|=коллеги',
    '=death|=suicide|=loss =of =my|=a|=a_loved_one|=loved_one|=someone|=her|=his|=their',
    '=как|=how ~2 =пережить|=справиться_с|=get_through|=cope_with|=survive ~3 =смерть|=суицид|=самоубийство|=потерю|=death|=suicide|=loss',
  ],
  // joining a dead spouse or parent («говорит, что хочет к нему», «скоро к нему уйдёт»): a grief idiom in the same
  // clause («после смерти папы») does not veto it
  joinDead: [
    '=хочет|=хотела|=хочу|=хочется|=уйдет|=уйду|=пойдет|=пойду|=отправится|=отправлюсь|=собирается|=просится|=рвется|=уйти|=пойти ?=скоро ?=тоже ?=уже =к =нему|=ней|=мужу|=жене|=папе|=маме|=отцу|=матери !на|в|во|домой|переехать|жить|пожить|съездить|поехать|сходить|завтра|приехать|ехать|погостить|с|со|за|обратно|ночевать|через|после|=в_гости|сегодня|вечером|утром',
    '=к =нему|=ней|=мужу|=жене|=папе|=маме|=отцу|=матери ?=скоро ?=тоже ?=уже =хочет|=хочу|=уйдет|=уйду|=пойдет|=пойду|=отправится|=отправлюсь !на|в|во|домой|переехать|жить|пожить|съездить|поехать|сходить|завтра|приехать|ехать|погостить|с|со|за|обратно|ночевать|через|после|=в_гости|сегодня|вечером|утром',
    '=потом =и =к =нему|=ней|=мужу|=жене',
  ],
  // an attempt, not a loss («чуть не покончила с собой», "almost killed myself")
  attempt: [
    '=чуть_не|=чуть-не|=едва_не|=почти|=almost|=nearly|=tried|=пытался|=пыталась|=попытался|=попыталась',
  ],
  // the classifier only speaks when one of these death/harm/farewell words is present (see detector.ts)
  anchor: [
    'умер*|умир*|умр*|смерт*|сдох*|подох*|помер*|суиц*|суис*|самоуб*|жить|живу|жизн*|существ*|=себя|=собой|=себе|таблет*|снотвор*|колес*|=вены|=вен|реж*|рез*|пореза*|порежу*|крыш*|мост*|прыг*|шагн*|веревк*|петл*|повес*|вздерн*|выпил*|прощ*|исчез*|проснут*|просыпа*|смысл*|=без_меня|убит*|убью*|убива*|поконч*|законч*|=боль|=больно|вред*|шрам*|передоз*|наглот*|отрав*|роскомнадзор*|последн*|навсегда|=уйти|=уйду|=ухожу|окн*|балкон*|лезви*|бритв*|=не_будет|=не_станет|=die|=died|=dead|=death|=dying|kill*|suicid*|unaliv*|=kms|=ctb|sewer*|=live|=living|=alive|exist*|=myself|pill*|=meds|overdos*|=od|=cut|=cutting|=cuts|harm*|hurt*|blade*|razor*|rope*|noose*|bridge*|=roof|jump*|goodby*|farewell*|=last|=end|=ending|=gone|=wake|disappear*|=point|burden*|=note|forever*|=without_me|=tonight|=ledge',
    'поезд*|электричк*|=машину|=машиной|=план|=плана|способ*|записк*|=дату|=дата|=вещи|=прости|=простите|попрощ*|=вините|=вини|=конец|=станет|=сторон*|=кровь|=крови|=кожу|=синяков|=горстями|=train|=traffic|=river|=plan|=method|=date|=note|=notes|forgiv*|=blame|=bye|=goodbye|=anymore|vanish*|=born|=bled|bleed*|=skin|=side|=lethal|=dose|=doses|=gun|=car|=garage|=window|=bridge|=tracks|=pills|=bottle|=jump|=exist',
  ],
  // «минут десять назад», "ten minutes ago": recent, not the past, for imminent danger
  recent: ['=minutes|=mins|=min|=hour|=an_hour|=минут|=минуты|=час|=часа|=полчаса|=секунд ~1 =ago|=назад'],
  now: [
    '=сейчас|=сегодня|=ночью|=tonight|=now|=today|=прямо|=минут|=минуты|=час|=часа|=minutes|=hour|=сегодняшней|=right_now',
  ],
  means: [
    'таблет*|колес*|снотвор*|веревк*|петл*|крыш*|=мост|=моста|=мосту|=мосте|=окно|=окна|=окном|балкон*|подоконник*|лезви*|бритв*|=нож|=ножом|рельс*|поезд*|электричк*|=газ|=газом|пистолет*|ружь*|многоэтажк*|высотк*|=pills|=pill|=tablets|=meds|=rope|=noose|=roof|=rooftop|=bridge|=ledge|=edge|=window|=balcony|=blade|=blades|=razor|=knife|=gun|=train|=tracks|=cliff|=bottle|=overdose|=jump|=прыгну|=спрыгну|=сброшусь|=наглотаюсь|=повешусь|=вскроюсь',
  ],
  // look-alike families (crisis18fp): scope-lists-lookalikes.ts
  ...LOOKALIKE_SCOPE_SRC,
  // round 22's look-alike families (crisis22fp): scope-lists-round22.ts
  ...ROUND22_SCOPE_SRC,
  // round 24's (crisis24en): scope-lists-round24.ts; (crisis24ru): scope-lists-round24-ru.ts
  ...ROUND24_SCOPE_SRC,
  ...ROUND24_RU_SCOPE_SRC,
  // round 25's (crisis25en): scope-lists-round25.ts; (crisis25ru): scope-lists-round25-ru.ts
  ...ROUND25_SCOPE_SRC,
  ...ROUND25_RU_SCOPE_SRC,
  // round 26's (crisis26en): scope-lists-round26.ts
  ...ROUND26_SCOPE_SRC,
}
