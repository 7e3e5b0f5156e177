import { describe, expect, it } from 'vitest'
import { detectCrisisV2 } from './detector.js'
import { stubModel } from './detector-v3.testkit.js'
import { describeRuleFamilies } from './rule-families.testkit.js'

// round 22 (crisis22rec, issue #12): rules-ru-unsaid.ts and rules-en-unsaid.ts — farewells without a goodbye word,
// self-harm in other forms, third parties told indirectly, intent told by a settled mind; each family with the crisis
// line it catches on the rules alone and the everyday twin it leaves alone
describeRuleFamilies('round 22: Russian families for what is left unsaid', [
  [
    'не ждите меня больше',
    ['не ждите меня к ужину. вообще не ждите', 'всем спасибо. вы хорошие. меня больше не ждите'],
    ['не ждите меня к ужину, задержусь на работе', 'не жди меня сегодня, я у Лены останусь'],
  ],
  [
    'скажите ей что мама любила',
    [
      'дочке скажите что мама её не бросила, а просто очень устала',
      'Сына только жалко, скажите ему что папа гордился',
      'братишка маме скажи что люблю её',
      'напиши моей маме через неделю что я ее любила. я сама не смогу',
      'если мама спросит, скажите что я не мучилась',
    ],
    [
      'скажи ему, что папа гордился бы им',
      'маме скажи, что я её люблю и скоро приеду',
      'скажи маме, что я не мучилась с уроками',
    ],
  ],
  [
    'скажите что я устал',
    ['Если кто-то будет спрашивать, скажите что я устал и ушёл'],
    ['если кто-то спросит, скажите что я заболела'],
  ],
  [
    'не в смысле до завтра',
    [
      'ну всё, пора мне. не в отпуск, если что. совсем. берегите друг друга',
      'я ухожу в пятницу. не из дома, а вообще',
      'составила список кому что отдать. серёжки — сестре. это не переезд',
    ],
    [
      'пока! не в смысле до завтра, а до понедельника',
      'ухожу из чата, не из группы. просто уведомления достали',
      'это не переезд, а ремонт',
    ],
  ],
  [
    'телефон выключаю навсегда',
    [
      'не звоните мне больше, телефон выключаю навсегда',
      'я закругляюсь. не ищите, не спасайте, просто отпустите',
      'Помните меня весёлой, как на том дне рождения',
      'я просто хочу сказать последнее спасибо. и всё',
    ],
    [
      'телефон выключаю на ночь',
      'не спасайте его, он сам виноват',
      'помните меня весёлой на выпускном? вот фотка',
      'последнее спасибо за сезон тренеру',
      'больше не буду есть сладкое ни сегодня ни потом',
      'мама не знала, что это прощание с бабушкой',
    ],
  ],
  [
    'уже не прочитаю',
    ['Не отвечайте, я всё равно уже не прочитаю'],
    ['не отвечайте на это сообщение, это рассылка'],
  ],
  [
    'на одну проблему меньше',
    ['Теперь у вас будет на одну проблему меньше. Хорошо вам дальше'],
    [
      'ну вот, на одну проблему меньше — починили кран',
      'у вас будет на одну заботу меньше, я сама заберу детей',
    ],
  ],
  [
    'не плачь долго живи',
    ['Завещание у нотариуса. Не плачь долго, ладно? Живи'],
    ['не плачь из-за него, он того не стоит'],
  ],
  [
    'себя резать',
    [
      'как перестать себя резать? я устала врать всем',
      'Нагреваю ложку и прикладываю. Ожоги потом скрываю браслетами',
      'Я сегодня ударила себя молотком по пальцам. Нарочно',
    ],
    [
      'подростком много себя резала, сейчас работаю медсестрой',
      'ударила себя молотком по пальцу, пока вешала полку',
    ],
  ],
  [
    'голодаю чтобы наказать себя',
    [
      'друг голодает чтобы наказать себя за то что завалил экзамен',
      'не ела три дня в наказание за то что съела торт',
      'мне нужно видеть кровь, чтобы что-то чувствовать',
      'у меня опять срыв, 47 дней без сх обнулились',
    ],
    [
      'не ела весь день, некогда было',
      'нужно сдать кровь из вены',
      'уже 8 месяцев без селфхарма!! хочу отметить',
    ],
  ],
  [
    'подруга снова режется',
    [
      'как поддержать подругу которая снова сорвалась и режется?',
      'Младшая сестра ходит в шортах только дома, на ногах у неё полоски',
      'друг в армии пишет странные вещи, типа "передай моим что я их люблю"',
    ],
    [
      'у сына режутся зубы, не спим ночами',
      'на ногах у неё полоски от носков',
      'муж пишет: передай моим что я их люблю и скоро приеду',
    ],
  ],
  [
    'знаю как и когда',
    [
      'я знаю как и знаю когда. не отговаривайте, пожалуйста',
      'уже неделю спокойна, потому что знаю когда. странное чувство',
      'мне подобрали дозу антидепрессантов, а я не пью, а откладываю',
      'я придумала как, чтобы выглядело как несчастный случай',
      'я уже выбрала платье в котором меня найдут',
    ],
    [
      'я знаю как и знаю когда скажу ему о беременности',
      'я спокойна, потому что знаю когда придёт посылка',
      'пиво не пью, а коплю на машину',
      'в котором часу меня найдут на вокзале?',
    ],
  ],
  [
    'я не передумаю',
    [
      'Я не передумаю. Рельсы за посёлком, электричка в 6:40',
      'Сохранила схему, как вязать узел. Сегодня нет, но скоро',
    ],
    ['я не передумаю, поеду на электричке к бабушке'],
  ],
])

describeRuleFamilies('round 22: English families for what is left unsaid', [
  [
    'dont keep anything for me',
    ["don't keep dinner for me. don't keep anything for me"],
    ["don't save anything for me, i ate at work", "don't wait for me tonight, I'm at Sam's"],
  ],
  [
    'thanks im done',
    [
      "No, I'm not moving house. I'm just done. Thank you, genuinely, for everything",
      "alright. appreciate you trying, i do. it's just that i'm not carrying on",
    ],
    ["thanks for everything, I'm done with this job", "ok i'm done venting, thanks for letting me rant lol"],
  ],
  [
    'pass on that I forgave',
    [
      'If he ever does speak to you, say I forgave him a long time ago',
      'Tell Mark to sell the house if he needs to and not feel guilty.',
    ],
    ['tell him I forgive him for being late', 'tell her not to feel guilty about cancelling dinner'],
  ],
  [
    'tell them I was tired',
    ['if anyone asks about me, tell them I was tired and leave it there'],
    ['if anyone asks, tell them I was sick'],
  ],
  [
    'one less burden for everybody',
    ["I'll be one less burden for everyone soon", 'Sorry it ends like this. You will manage'],
    ["one less headache for everyone, the printer's fixed", 'sorry it ends like this between us'],
  ],
  [
    'not like moving',
    [
      "i'm leaving. not like moving. leaving leaving. thanks for everything",
      'said goodbye to my parents today, they just didnt know it was goodbye',
      "sorry I was always so much work. you won't have to deal with me anymore. love you guys",
      "no one needs to come looking. i've made my peace with it",
      'you were a real one. remember me on the good days',
      'my switch is yours. tell him not to be sad',
    ],
    [
      'I did not know it was goodbye when I hugged grandpa that day',
      "you won't have to deal with me anymore, I'm transferring to the Leeds office",
      "no one needs to come looking, I'm at the pub",
      "I'm finally resting after a long week",
      'tell her not to be sad about the game',
    ],
  ],
  [
    'a drink for me then live',
    ["Everything's in order with the solicitor. Have a drink for me and then get on with your life"],
    ['have a drink for me at the wedding!'],
  ],
  [
    'while I still can',
    ['i just wanted you to hear that from me while i still can'],
    ['wanted you to know while I still can, before the move'],
  ],
  [
    'sh-ing and burns',
    [
      "been sh'ing since 13, im 19 now and i honestly dont know how to stop",
      "reopened old scars tonight. they'd finally faded too",
      'heated a spoon on the hob and pressed it to my hip',
      'exam was bad so i came home and cut. sorry',
      "I bite my hands so hard when I'm frustrated",
      'i just need to see blood to feel real',
    ],
    [
      'the documentary reopened old scars for the family',
      'came home and cut the grass',
      'heated a knife to cut the cheese and pressed it to the board',
      "I haven't eaten since lunch, I don't deserve this cake lol",
    ],
  ],
  [
    'friend hurts herself',
    [
      "my partner punches himself in the head when he's stressed. last night he drew blood",
      'my friend makes herself skip meals for days when she gets a bad grade',
      'my friend keeps cutting and sending me pics',
      'my friend from university write me she want to finish her life this weekend',
      "My ex says if I don't take him back he'll drive into a tree",
    ],
    [
      'he slapped himself on the forehead when he remembered',
      'she keeps cutting class and her grades are slipping',
      "she's burning herself out at work",
      'my friend wants to end her lease early',
      'the ending reads like a goodbye letter to the fans',
    ],
  ],
  [
    'my mind is made up',
    [
      "i won't change my mind. the level crossing past the estate, first train's at 6:12",
      "counted out my nan's old tablets. there's plenty. monday",
      "I'll finish out my contract and then use my service weapon",
      'been calm all week because i know when. strange feeling honestly',
      "told them i'm moving. i'm not moving",
      'said i\'m "moving abroad". there is no abroad. it\'s next week',
      "after graduation i won't be around. decided a long time ago",
      "I won't be around for winter",
    ],
    [
      "I won't change my mind about the bridge club",
      "counted my pills for the week, there's enough till Friday",
      "I'll use my service weapon at the range tomorrow",
      "I'm calm because I know when the bus comes",
      "we're moving in May, I'm not moving my piano though",
      "after graduation I won't be around much, I'm travelling",
      "I won't be around for christmas this year, at my in-laws",
    ],
  ],
])

describe('round 22: the regulator «Роскомнадзор» blocking a site is final for the classifier stage', () => {
  // a classifier that reads every message as active ideation
  const model = stubModel({ none: -5, active_ideation: 5 })

  it('when the regulator slows a site, then the classifier may not flag it', () => {
    expect(detectCrisisV2('роскомнадзор опять замедлил ютуб, ничего не грузится', { model }).hit).toBe(false)
  })

  it('when «роскомнадзор» is the slang word with no blocking, then the classifier still may', () => {
    expect(detectCrisisV2('опять думаю про роскомнадзор, каждый вечер', { model }).hit).toBe(true)
  })

  it('when a wish stands beside the regulator, then the rule hit stands', () => {
    expect(detectCrisisV2('ркн заблокировал телегу, а мне так хочется умереть', { model }).hit).toBe(true)
  })
})
