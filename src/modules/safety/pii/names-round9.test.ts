import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('names — context cues, nicknames, first name + patronymic (issue 12, round 9)', () => {
  it.each([
    // a first name and a patronymic, no surname: identifying in a small community (README rule)
    ['мне кажется я влюблена в Степана Романовича, своего преподавателя', ['Степана', 'Романовича']],
    ['Степан Петрович опять задержал зарплату', ['Степан', 'Петрович']],
    // names from any culture after «зовут», a role noun, before «из моего отдела», between «с» and «мы»
    ['пишу от имени сестры, её зовут Пак Ён Хи, она не говорит по-русски', ['Пак', 'Ён', 'Хи']],
    ['Мой сосед по комнате Чиди Оконкво сказал что это лечится', ['Чиди', 'Оконкво']],
    ['Хосе Гарсия из моего отдела уволился', ['Хосе', 'Гарсия']],
    ['с Рахулом Шармой мы учимся на одном потоке', ['Рахулом', 'Шармой']],
    // English cues: "goes by", "introduced herself as", "texting with", "signing off", "who found me",
    // "in my cohort"; hyphenated first names
    ['she goes by Priya Raghunathan on linkedin', ['Priya', 'Raghunathan']],
    ['She introduced herself as Anna-Lena Vogel and then vanished', ['Anna-Lena', 'Vogel']],
    ['Been texting with Chidi Okafor since the retreat', ['Chidi', 'Okafor']],
    ['Signing off — Oluwaseun Adeyemi, a very tired nurse', ['Oluwaseun', 'Adeyemi']],
    ['It was Nkechi Eze who found me that night', ['Nkechi', 'Eze']],
    ['Ji-woo Park in my cohort is the only one who checks on me', ['Ji-woo', 'Park']],
    // a nickname in quotes inside the name; a lower-case middle initial; a surname repeated in lower case
    ['My late husband, Robert "Bobby" Kline, would have turned 70', ['Robert', 'Bobby', 'Kline']],
    ["my name is marcus j. bell and i've been sober 40 days", ['marcus', 'bell']],
    ["mr. thompson (greg thompson, chem teacher) said i'd fail", ['greg', 'thompson']],
    // a first name + patronymic + a surname no dictionary knows; lower-case hyphenated and title names
    ['Олеся Василівна Коваль — моя вчителька', ['Олеся', 'Василівна', 'Коваль']],
    ['Анна Петровна Сокол опять орёт на нас', ['Анна', 'Петровна', 'Сокол']],
    ["my name's mary-kate o'neill", ['mary-kate', "o'neill"]],
    ['talked to dr. ji-hoon kim today', ['ji-hoon', 'kim']],
  ])('when the text is "%s", then every part of the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    // a title and a first name alone, brands and characters named after people, a pet, a shop
    'Coach Dave benched me again',
    'Dr. Sarah at the clinic was kind though',
    'Pastor John said to pray about it',
    'Interview at Morgan Stanley tomorrow, terrified',
    'I wore my Tommy Hilfiger jacket to the funeral',
    'Charlie Brown energy all week',
    'в Фёдоров Маркете купила диван, теперь жалею',
    'кота зовут Барсик Мурзикович',
    'мой друг Николай опять опоздал',
    'с Новым Годом мы вас поздравляем',
    'It was Black Friday and the mall was packed',
    'time goes by so slowly here',
    'перечитываю Антона Павловича Чехова',
    'Вера Павловна из «Что делать?» снилась мне',
    'Тарас Григорович Шевченко писав про волю',
    'ЖДУ ВЫХОДНЫХ, КОГДА ЖЕНА УЕДЕ ТС ДЕТЬМИ К СЕСТРЕ',
    "my cat's name is Sir Fluffington and he hates me",
    'моя подруга Хелло Китти — это брелок',
  ])('when the text is "%s", then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
