/**
 * Look-alike families of round 24 (crisis24en, issue #12): everyday wording the classifier retrained with batch 34
 * read as a crisis on its own — a path to a goal told as a road («на путях к успеху»), a letter written for closure.
 * Data only, in the pattern language of pattern.ts; scope-lists.ts joins them into SCOPE_SRC, vetoes.ts
 * `messageVeto` asks them. Every pattern is compiled `known: false` (`ROUND24_UNKNOWN`), so the classifier's
 * features are as trained.
 */

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

/** Scope patterns compiled with `known: false` (scopes.ts). */
export const ROUND24_UNKNOWN: readonly string[] = [...ROAD_TO_GOAL, ...CLOSURE_LETTER, ...DEATH_OR_MEANS]

/** The round-24 scope lists, by name (joined into SCOPE_SRC after round 22's). */
export const ROUND24_SCOPE_SRC: Record<string, string[]> = {
  roadToGoal24: ROAD_TO_GOAL,
  closureLetter24: CLOSURE_LETTER,
  deathOrMeans24: DEATH_OR_MEANS,
}
