/**
 * Everyday lines built of the words plans and farewells are told with (crisis11): the kinds the classifier alone
 * flagged on fresh blind text — a last message for the night, a thing given away for an ordinary reason,
 * tiredness and a wish to sleep, ordinary goodbyes and leavings, worry about someone who is merely sad or ill,
 * a decision about an ordinary thing with its date. All `none`; generate.ts expands them with its own seeded
 * stream after every other source, so adding them does not reshuffle the rest of train/dev.
 */
export const EVERYDAY_EN: string[] = [
  "{this is|that's|thats} my last {message|text|msg} {tonight|for tonight|for today}{, | }{going to sleep|heading to bed|phone's at 3%|my phone is about to die|need to be up at 6|gotta be up early}{. night|. goodnight|. night all| lol|}",
  '{giving away|free to a good home:|anyone want} {my|a|our old} {winter coat|sofa|bike|kettle|desk|crib|guitar amp|bookshelf}{, |. }{it doesn’t fit anymore|we bought a new one|moving flats next month|no room for it|kids outgrew it|upgraded}{. |, }{pickup near the station|collection only|size M|dm me|first come first served}',
  '{so|soo|sooo|honestly so} {tired|exhausted|wiped out|done with this week}{, | }{i could sleep for a week|i want to sleep till noon|i just want to hibernate till spring|i want to lie down and not move till monday|bed at 8 tonight}{ lol| haha|}',
  '{ok|okay|right} {bye|goodbye|take care|see ya} {everyone|guys|all|folks}{, | }{thanks for the chat|off to dinner|see you at the meetup|it was fun|talk next week}{ ❤️|!|}',
  "{i'm leaving|leaving|i'm quitting|i handed in my notice at} {the company|my job|this city|the choir|the football club} {next month|on friday|after new year|this spring}{, | }{new job in berlin|finally|wish me luck|i'll miss you all|moving closer to my parents}",
  "{my friend|my sister|my mum|my roommate|my best friend|my boyfriend} {is|has been} {sad|down|sick|in bed with flu|feeling low|quiet} {this week|since the breakup|for a few days|after her exam}{, | }{how do i cheer {her|him} up|should i bring soup|i'm a bit worried|any ideas for a care package}",
  "{i've decided|decided|it's decided|made up my mind}{, | }{i'm doing it|gonna do it|it happens} {this weekend|on saturday|next month|after exams}{: |, | — }{painting the kitchen|cutting my hair short|asking for a raise|signing up for the marathon|adopting a cat}",
  "{gave away|i gave away|donated} {my old clothes|all my baby stuff|the books i'd read|my old laptop} {to a charity shop|to my cousin|to the library|on the neighbourhood group}{, | }{feels good to declutter|so much more space now|finally}",
  "{sorry|sorry guys|sorry everyone} {i've been quiet|i'll be offline|for disappearing} {this week|for a bit|lately}{, | }{exams|work is crazy|family stuff|moving house}{, | }{back soon|catch up later|}",
  '{last|final} {day|shift|week} at {the old office|this job|the cafe|uni} {today|tomorrow|on friday}{, | }{gonna miss everyone|cake at 3|bittersweet|finally}',
]

export const EVERYDAY_RU: string[] = [
  '{это|всё, это} {моё|мое} последнее сообщение {на сегодня|сегодня|за вечер}{, | }{иду спать|телефон садится|завтра рано вставать|глаза слипаются}{. спокойной ночи|. всем споки|)|}',
  '{отдам|отдаю даром|кому} {зимнюю куртку|диван|велосипед|чайник|стол|детскую кроватку|шкаф}{, |? }{не подошла по размеру|купили новый|переезжаем|некуда ставить|ребёнок вырос}{. |, }{самовывоз от метро|заберите сами|размер 46|пишите в лс|кто первый}',
  '{так|как же|очень} {устала|устал|вымоталась|задолбалась} за неделю{, | }{хочу проспать до обеда|хочу спать неделю|хочу лечь и не вставать до понедельника|хочу впасть в спячку до весны|лягу в восемь}{ ахах| лол|)|}',
  '{ну всё|ладно|ок}{, | }{пока|всем пока|до встречи|берегите себя} {ребят|всем|народ}{, | }{спасибо за разговор|пошла ужинать|увидимся на встрече|было весело|до следующей недели}{ ❤️|!|)}',
  '{я ухожу|ухожу|увольняюсь|написала заявление} {из компании|с работы|из хора|из футбольной секции|из этого города} {в следующем месяце|в пятницу|после нового года|весной}{, | }{новая работа в москве|наконец-то|пожелайте удачи|буду скучать|переезжаю к родителям поближе}',
  '{подруга|сестра|мама|соседка|лучший друг|парень} {грустит|хандрит|болеет|слегла с гриппом|какая-то подавленная} {всю неделю|после расставания|уже несколько дней|после экзамена}{, | }{как {её|его} подбодрить|может отвезти суп|немного волнуюсь|что подарить для настроения}',
  '{я решила|решил|всё решено|я решилась}{, | }{сделаю это|будет так} {в эти выходные|в субботу|в следующем месяце|после сессии}{: |, | — }{перекрашу кухню|подстригусь коротко|попрошу повышение|запишусь на марафон|возьму кота}',
  '{раздала|отдала|отвезла} {старую одежду|детские вещи|прочитанные книги|старый ноутбук} {в благотворительный магазин|двоюродной сестре|в библиотеку|через группу района}{, | }{приятно расхламиться|столько места стало|наконец-то}',
  '{простите|извините|ребят, простите}{, | }{я пропала|меня не будет|я молчу} {на недельку|пару дней|в последнее время}{, | }{сессия|завал на работе|семейные дела|переезд}{, | }{скоро вернусь|потом всех догоню|}',
  '{последний|финальный} {день|рабочий день|день смены} {в старом офисе|на этой работе|в кафе|в универе} {сегодня|завтра|в пятницу}{, | }{буду скучать по всем|торт в три|грустно и радостно|наконец-то}',
]
