import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { left } from './masks.testkit.js'

describe('names — unknown first names, double surnames, lists, ranks (issue 12, round 13)', () => {
  it.each([
    // a first name no dictionary knows beside a patronymic, or opening a sentence before a surname reading
    ['тёща, Гульнора Бахтияровна, опять приехала без звонка', ['Гульнора', 'Бахтияровна']],
    ['Шерзод Каримов снова занял у меня денег', ['Шерзод', 'Каримов']],
    ['Ravshan Tursunov from accounts keeps messaging me', ['Ravshan', 'Tursunov']],
    // a double-barrelled surname alone in the middle of a sentence
    ['у нас новый завуч Соколов-Микитов, строгий ужас', ['Соколов-Микитов']],
    // a surname the dictionary also reads as the genitive plural of a first name (Муса, Ахмед)
    ['вчера директор Мусаев накричал на маму', ['Мусаев']],
    ['майор Ахмедов сказал ждать до понедельника', ['Ахмедов']],
    // a pet form of a first name in lower case before a surname
    ['машуня петрова опять распускает слухи', ['машуня', 'петрова']],
    ['айгуль сейткалиева из соседнего отдела уволилась', ['айгуль', 'сейткалиева']],
    // a nickname in quotes, the first name in lower case
    ['серёга «кабан» Осипов опять звонил пьяный', ['серёга', 'Осипов']],
    // surnames listed alone; a full name listed beside others
    ['Дрозд, Мельниченко и Гуревич травили меня весь девятый класс', ['Дрозд', 'Мельниченко', 'Гуревич']],
    ['the group was Anjali Raman, Tom Becker and Sara Lindqvist', ['Anjali', 'Raman']],
    // ranks and role words as titles
    ['Maj. Okonkwo signed the transfer without asking me', ['Okonkwo']],
    ['Fr. Kowalczyk heard my confession and told my mum', ['Kowalczyk']],
    ['detective gonzalez never called me back', ['gonzalez']],
    ["ms. o'connor is my form tutor", ["o'connor"]],
  ])('when the text is "%s", then every part of the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(left(out, p), `${p} in ${out}`).toBe(false)
  })

  it.each([
    'I applied to General Motors and Major League Baseball',
    'Captain America is my comfort movie',
    "LOL NO BUT FR I'VE BEEN LOOKING IT UP",
    'fr Cassidy is right about this',
    'Пушкин, Лермонтов и Есенин — вот кого мы учили',
    'Москва, Казань и Самара — города, где я жила',
    'короче кот сдох окончатёльно сегодян',
    'Посмотрел расписаниё поёздов на нашей станции',
  ])('when the text is "%s", then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})
