/**
 * Look-alike families of round 24 (crisis24en, issue #12): everyday wording the classifier retrained with batch 34
 * read as a crisis on its own — a path to a goal told as a road («на путях к успеху»), a letter written for closure.
 * Data only, in the pattern language of pattern.ts; scope-lists.ts joins them into SCOPE_SRC, vetoes.ts
 * `messageVeto` asks them. Every pattern is compiled `known: false` (`ROUND24_UNKNOWN`), so the classifier's
 * features are as trained.
 */
import { WORRY } from './rules-en-round24.js'

/** A road to a goal, figurative («на пути к победе», «на путях к успеху», "on the road to recovery"). */
const ROAD_TO_GOAL = [
  '=на =пути|=путях =к ~1 =успеху|=цели|=победе|=мечте|=славе|=богатству|=выздоровлению|=счастью|=финалу|=миллиону|=результату|=исправлению|=совершенству|=мастерству',
  '=on_the_road_to|=on_the_way_to|=on_track_to|=on_track_for|=on_the_path_to ~1 =success|=recovery|=victory|=glory|=greatness|=the_top|=the_finals|=a_million|=fame|=my_goal|=my_goals|=fluency',
]

/** A letter written for closure, to a person still living ("writing my ex one letter for closure. no reply needed"). */
const CLOSURE_LETTER = [
  '=letter|=letters|=message|=email|=note|=письмо|=письма ~4 =for_closure|=для_закрытия_гештальта|=закрыть_гештальт',
  '=closure =letter|=letters|=message|=email',
]

/** A death or a means named in the message: a closure letter with one is read as usual. */
const DEATH_OR_MEANS = [
  'умер*|умир*|смерт*|суиц*|самоуб*|поконч*|таблет*|=die|=dying|=death|=dead|=suicide|=suicidal|=kill|=end_it|=pills|=rope|=bridge|=gone|=goodbye|=forever|=last|=after_im_gone|=when_im_gone|=прощай|=прощайте|=навсегда|=последнее|=последний',
]

/**
 * Someone else's worrying words or signs dismissed by others ("Mom thinks she's being dramatic", "everyone says
 * that's a good sign", «муж говорит перерастет»): with the writer's worry after it (`WRITER_WORRY`) it is no
 * hyperbole or saying that cancels a third-party hit.
 */
const OTHERS_DISMISS = [
  '=thinks|=think|=says|=say|=said|=keeps_saying|=keep_saying|=told_me ~3 =shes_being_dramatic|=hes_being_dramatic|=theyre_being_dramatic|=being_dramatic|=its_a_phase|=a_phase|=its_just_a_phase|=a_good_sign|=attention_seeking|=for_attention|=exaggerating|=hell_grow_out_of_it|=shell_grow_out_of_it',
  '=говорит|=говорят|=считает|=считают|=думает|=думают|=сказал|=сказала ~3 =драматизирует|=перерастет|=перерастёт|=это_возраст|=возраст_такой|=внимание_привлекает|=хорошый_знак|=хороший_знак',
]

/** The writer's worry after a dismissal: "it doesn't feel like one", "I feel so helpless", «а мне страшно». */
const WRITER_WORRY = [
  WORRY,
  '=feel_so_helpless|=for_real|=im_not_so_sure|=im_not_sure|=i_dont_buy_it|=i_dont_believe_it|=i_dont_think_so|=мне_страшно|=страшно|=боюсь|=переживаю|=не_уверена|=не_уверен|=что_делать|=как_быть|=как_спросить|=не_верю',
]

/** A joke doubted by the writer ("I don't think he was joking", "idk if she's joking anymore", "im not laughing"). */
const JOKE_DOUBTED = [
  '=dont_think|=do_not_think|=didnt_think|=cant_tell_if|=idk_if|=not_sure_if|=dont_know_if ~1 =he|=she|=they|=hes|=shes|=theyre|=he_was|=she_was|=they_were|=he_is|=she_is ~1 =joking|=kidding',
  '=wasnt_joking|=was_not_joking|=wasnt_kidding|=not_joking_anymore|=joking_anymore|=im_not_laughing|=he_wasnt_laughing|=she_wasnt_laughing|=wasnt_laughing|=didnt_feel_like_a_joke|=doesnt_feel_like_a_joke|=never_jokes_like_that',
]

/**
 * Effort hyperbole told as such: a dying or killing word near the workout, the run or the gym ("i'll die on this
 * run", "this workout is killing me", «сдохну на этом марафоне»). Without one, a gym or a training named in the
 * message is an everyday detail ("cancelled my gym membership, paid off my card… last step is me"), no idiom.
 */
const EFFORT_DEATH = [
  '=die|=dying|=dead|=death|=kill|=killing|=killed|=kills|=murdered|=destroyed|=сдохну|=сдохла|=сдох|=умру|=умираю|=умерла|=умер|=убьюсь|=убил|=убила|=убивает|=помру ~4 =marathon|=workout|=gym|=training|=run|=hike|=марафоне|=тренировке|=пробежке|=зале|=походе',
  '=marathon|=workout|=gym|=training|=run|=hike|=марафоне|=тренировке|=пробежке|=зале|=походе|=марафон|=тренировка|=пробежка ~4 =die|=dying|=dead|=death|=kill|=killing|=killed|=kills|=murdered|=destroyed|=сдохну|=сдохла|=сдох|=умру|=умираю|=умерла|=умер|=убьюсь|=убил|=убила|=убивает|=помру',
]

/** A cover story told for a question or a purchase ("said it was for a book", "pretended it was for my nan"). */
const COVER_STORY = [
  '=said|=saying|=told_her|=told_him|=told_them|=pretended|=pretending|=claimed|=lied ~3 =it_was_for|=its_for|=it_is_for|=that_it_was_for|=that_its_for',
]

/**
 * "End it" said of a relationship, a membership or a job right after it ("i'm going to end it with him this weekend",
 * "i'm gonna 'end it' with my bf tonight. like break up", "i'm gonna end it. with my gym membership").
 */
const END_IT_WITH = [
  '=with =him|=her|=them|=my_bf|=my_gf|=my_boyfriend|=my_girlfriend|=my_ex|=my_partner|=my_husband|=my_wife|=my_fiance|=my_fiancee|=my_gym|=the_gym|=my_landlord|=my_boss|=this_job|=my_job|=my_therapist|=my_phone_contract|=netflix|=spotify',
  '=like|=i_mean|=as_in ?=a =break_up|=breakup|=breaking_up|=dump_him|=dump_her',
]

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND24_UNKNOWN: readonly string[] = [
  ...ROAD_TO_GOAL,
  ...CLOSURE_LETTER,
  ...DEATH_OR_MEANS,
  ...OTHERS_DISMISS,
  ...WRITER_WORRY,
  ...JOKE_DOUBTED,
  ...EFFORT_DEATH,
  ...COVER_STORY,
  ...END_IT_WITH,
]

/** The round-24 scope lists, by name (joined into SCOPE_SRC after round 22's). */
export const ROUND24_SCOPE_SRC: Record<string, string[]> = {
  roadToGoal24: ROAD_TO_GOAL,
  closureLetter24: CLOSURE_LETTER,
  deathOrMeans24: DEATH_OR_MEANS,
  othersDismiss24: OTHERS_DISMISS,
  writerWorry24: WRITER_WORRY,
  jokeDoubted24: JOKE_DOUBTED,
  effortDeath24: EFFORT_DEATH,
  coverStory24: COVER_STORY,
  endItWith24: END_IT_WITH,
}
