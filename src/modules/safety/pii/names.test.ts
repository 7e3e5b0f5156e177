import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { findPii } from '../pii.js'

describe('full names', () => {
  it.each([
    ['меня зовут Георгий Самойлов', ['Георгий', 'Самойлов']],
    ['Мой тренер Олег Петрович Захаров очень помог', ['Олег', 'Петрович', 'Захаров']],
    ['директор Комаров Павел вчера кричал', ['Комаров', 'Павел']],
    ['это был Николаев Игоревич, наш физрук', ['Николаев', 'Игоревич']],
    ['с Ксенией Орловой мы жили вместе', ['Ксенией', 'Орловой']],
    ['фамилия моя Крылова, Дарья', ['Крылова', 'Дарья']],
    ['бабушка, Галина Фёдоровна, в больнице', ['Галина', 'Фёдоровна']],
    ['меня зовут роман титов если что', ['роман', 'титов']],
    ['Семёнова Е.В. наша классная', ['Семёнова', 'Е.В.']],
    ['Руслан Гарипов из соседнего подъезда', ['Руслан', 'Гарипов']],
    ['my name is Ethan Caldwell', ['Ethan', 'Caldwell']],
    ['my doctor, Dr. Karen Hughes, said so', ['Karen', 'Hughes']],
    ["met Sean O'Connell today", ['Sean', "O'Connell"]],
    ["it's me, laura bennett, again", ['laura', 'bennett']],
    ['Mr. Henderson my landlord is rude', ['Henderson']],
    ['my cousin Anna Marie Fowler left', ['Anna', 'Marie', 'Fowler']],
    ['my name is Jack White', ['Jack', 'White']],
  ])('when the text is %j, then every part of the name is masked', (text, parts) => {
    expect(findPii(text).map((f) => f.kind)).toContain('name')
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'Оля сказала, что перезвонит',
    'мы с Димой помирились',
    'Вера в людей пропала',
    'Любовь зла, говорят',
    'Чехов писал коротко',
    'слушаю Цоя весь вечер',
    'Дворцовая площадь была пустой',
    'Megan said she would text',
    'Mark my words, it passes',
    'I hope Will is okay',
    'Taylor and I split up',
    'Called Sarah yesterday',
    'Los Angeles is too hot',
    'Christmas Day at home',
  ])('when a first name or a capitalised word stands alone (%j), then no name is found', (text) => {
    expect(findPii(text)).toEqual([])
  })
})

describe('surnames that are ordinary nouns', () => {
  it.each([
    ['вчера звонила Людмила Ткач', ['Людмила', 'Ткач']],
    ['наш участковый Виталий Бобёр', ['Виталий', 'Бобёр']],
    ['с Еленой Кравец мы работаем', ['Еленой', 'Кравец']],
    ['вратарь Семён Снегирь пропустил', ['Семён', 'Снегирь']],
    ['тренер Вадим Буря кричит', ['Вадим', 'Буря']],
    ['меня зовут тамара пастух', ['тамара', 'пастух']],
    ['меня зовут глеб рубцов', ['глеб', 'рубцов']],
  ])('when the text is %j, then the first name and the surname are masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'в субботу Лена Москву покажет', // a place after a first name
    'мы с Олей пошли гулять',
    'меня зовут нина, привет',
    'меня зовут лиза и мне грустно',
    'Я Оля студентка', // a bare «я» is not enough for a lower-case noun
  ])('when a noun beside a first name is no surname (%j), then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('public figures', () => {
  it.each([
    'перечитываю Антона Павловича Чехова',
    'у Марины Цветаевой есть такие стихи',
    'по телику опять Ольга Бузова',
    'Freddie Mercury was a legend',
    "Stephen King's books scare me",
    'watching Daniel Radcliffe interviews',
  ])('when a widely known full name is mentioned (%j), then it stays', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it('when a private person shares only the first name or the surname of a famous one, then it is masked', () => {
    expect(anonymize('мой одноклассник Антон Быстрицкий')).toBe('мой одноклассник [name]')
    expect(anonymize('my neighbour Stephen Halloway')).toBe('my neighbour [name]')
    expect(anonymize('мой отчим Николай Пушкарёв')).toBe('мой отчим [name]')
  })
})

describe('full names — more forms (issue 12, v2)', () => {
  it.each([
    ['Соколова-Вишневская Юлия пишет мне', ['Соколова-Вишневская', 'Юлия']],
    ['вызвал Михайлов П.Р. из деканата', ['Михайлов', 'П.Р.']],
    ['фамилия Гончарова, зовут Ева', ['Гончарова', 'Ева']],
    ['зовут Ева, фамилия Гончарова', ['Гончарова', 'Ева']],
    ['my name is nora grant', ['nora', 'grant']],
    ["I'm Ruby Hart, 16", ['Ruby', 'Hart']],
  ])('when the text is %j, then every part of the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(
        new RegExp(`(?<![\\p{L}\\p{N}])${p.replace('.', '\\.')}(?![\\p{L}\\p{N}])`, 'u'),
      )
  })
  it.each([
    "I'm Very Tired",
    "I'm Jewish American",
    'my name is sam btw',
    'Санкт-Петербург красивый',
    'его зовут Петя, он хороший',
  ])('when no full name is there (%j), then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('lower-case full names without a cue (issue 12, v2)', () => {
  it.each([
    ['передай олегу смирнову, что я не приду', ['олегу', 'смирнову']],
    ['кузнецова ольга опять жалуется', ['кузнецова', 'ольга']],
    ['зайцев павел андреевич наш физрук', ['зайцев', 'павел', 'андреевич']],
  ])('when the text is %j, then every part of the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })
  it.each(['читаю роман толстого', 'александр пушкин мой любимый', 'надежда умирает последней'])(
    'when lower-case words only look like a name (%j), then nothing is masked',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('a noun surname before the first name (issue 12, v2)', () => {
  it('when a capitalised noun stands before a first name mid-sentence, then both are masked', () => {
    expect(anonymize('на физре Сокол Матвей опять толкался')).toBe('на физре [name] опять толкался')
  })
  it.each(['Привет Маша, как дела?', 'Спасибо Аня, ты лучшая'])(
    'when the noun opens the sentence (%j), then it is a greeting, not a surname',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('unknown names after a noun for a person (issue 12, v2)', () => {
  it('when two capitalised words follow "my coach"/"our neighbour", then they are masked', () => {
    expect(anonymize('my coach is Obinna Eze, he yells')).toBe('my coach is [name], he yells')
    expect(anonymize('our neighbour Tamar Bekele knocked')).toBe('our neighbour [name] knocked')
  })
  it.each(['my friend lives in New York', 'my mom loves Taylor Swift', 'my sister Big Fan of tea'])(
    'when the capitalised words are no person after the role noun (%j), then nothing is masked',
    (text) => {
      expect(anonymize(text)).toBe(text)
    },
  )
})

describe('names without an introduction (issue 12, round 2)', () => {
  it.each([
    ['I met Chidi Okonkwo at the clinic', ['Chidi', 'Okonkwo']],
    ['broke up with Anaya Krishnan last week', ['Anaya', 'Krishnan']],
    ['Волк Степан опять напился на перемене', ['Волк', 'Степан']],
    ['сегодня Кузнецова опять придиралась ко мне', ['Кузнецова']],
    ['скажи Белоусову, что я заболела', ['Белоусову']],
    ['Денис Журавль и его друзья смеются надо мной', ['Денис', 'Журавль']],
    ['в класс пришла Сорока Вероника из 9В', ['Сорока', 'Вероника']],
    ['всё из-за Тарасовой, она всем рассказала', ['Тарасовой']],
    ['Coach Whitfield yelled at me again', ['Whitfield']],
    ['Kofi Boateng texted me at 2am', ['Kofi', 'Boateng']],
    ['Ifeoma Nwosu and I were best friends', ['Ifeoma', 'Nwosu']],
  ])('when %j, then every part of the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'I saw Hong Kong from the plane',
    'we flew with Qatar Airways',
    'Mr. Bean always makes me laugh',
    'Dr Strange was ok',
    'Привет Маша, как дела?',
    'Мама Оля сказала нет',
    'как писал Пушкин, мороз и солнце',
    'мы жили в Иванове два года',
    'Кузнецова сказала',
    'Кот Матроскин и Шарик спорят',
    'reading Percy Jackson again',
    "Billie Eilish's Happier Than Ever",
    'Nurse Joy heals pokemon',
    'Hong Kong said no to that',
    'читаю Распутина второй раз',
    'учим стихи Рубцова к пятнице',
    'Kuala Lumpur is hot in May',
    'Wednesday Addams is my spirit animal',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })

  it('when a private person is called "Mr. Okafor", then the surname is still masked', () => {
    expect(anonymize('Mr. Okafor gave me detention')).toBe('Mr. [name] gave me detention')
  })
})

describe('names — oblique cases, noun surnames, lower case, transliteration, context (issue 12, v3)', () => {
  it.each([
    // a first name and a patronymic, then a noun, an adjective or an unknown word as the surname
    ['пришла Вера Павловна Лиса и всех построила', ['Вера', 'Павловна', 'Лиса']],
    ['передай Ольге Игоревне Галке привет', ['Ольге', 'Игоревне', 'Галке']],
    // a noun surname before a first name at the start, before a class or a number
    ['Сорока Дарья, 9А, мне пишут гадости', ['Сорока', 'Дарья']],
    ['а Лев Михаил опять пропал', ['Лев', 'Михаил']],
    // any capitalised word before two initials
    ['подписал Голубь В.П., я видела', ['Голубь', 'В.П.']],
    // lower case: a first name and a noun for a person or an animal, then a comma or «это»
    ['ирина ворона, соседка, опять стучит', ['ирина', 'ворона']],
    ['денис пекарь это мой брат', ['денис', 'пекарь']],
    // a nickname form and an adjective surname in the middle of a sentence
    ['встретила Дашку Полевую у подъезда', ['Дашку', 'Полевую']],
    // transliterated Russian names, any case
    ['olga smirnova tut, pishu s telefona', ['olga', 'smirnova']],
    ['my neighbour Oksana Kravchuk helps me', ['Oksana', 'Kravchuk']],
    // English in context: after "im", a lower-case title, a role with a possessive, what a person does
    ['im sarah collins and i cant sleep', ['sarah', 'collins']],
    ['saw dr maria lopez today', ['maria', 'lopez']],
    ['my sister’s husband, Tendai Moyo, left', ['Tendai', 'Moyo']],
    ['Chidi Okonkwo here, first time posting', ['Chidi', 'Okonkwo']],
    ['anna baker is my cousin and she ignores me', ['anna', 'baker']],
    ['Summer Rain dumped me yesterday', ['Summer', 'Rain']],
    ['hi I’m Avery Brown, 19', ['Avery', 'Brown']],
    ['my aunt Ivy Sparrow is sick', ['Ivy', 'Sparrow']],
    // every other mention of a masked name
    ['Nika said... Nika Tsereteli is my classmate', ['Nika', 'Tsereteli']],
  ])('when %j, then every part is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts)
      expect(out).not.toMatch(new RegExp(`(?<![\\p{L}])${p.replace('.', '\\.')}(?![\\p{L}])`, 'u'))
  })

  it.each([
    'the 3 Wise Men came to the play',
    'we walked down Abbey Road yesterday',
    'my office is near Wall Street',
    'the Kate Bush scene made me cry',
    'Keanu Reeves movies help me sleep',
    'слушаю Цоя песни всю ночь',
    'Белый Бим Чёрное Ухо очень грустная книга',
    'олег сказал, что придёт',
    'мама кошка, а котята спят',
    'я у врача, всё нормально',
    'i love pizza and pasta',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('lower-case first name + patronymic + noun surname (issue 12, v3)', () => {
  it('when «ирина павловна соловей», then all three are masked', () => {
    expect(anonymize('ирина павловна соловей моя учительница')).toBe('[name] моя учительница')
  })
  it('when a role noun follows («мария петровна врач»), then it stays', () => {
    expect(anonymize('мария петровна врач хороший')).toBe('[name] врач хороший')
  })
})

describe('names written in capitals; public people and places (issue 12, v4)', () => {
  it.each([
    ['МАРИНА СЕРГЕЕВНА КОЗЛОВА опять звонила', ['МАРИНА', 'КОЗЛОВА']],
    ['DAVID MILLER IS MY DAD', ['DAVID', 'MILLER']],
  ])('when %j, then the name is masked', (text, parts) => {
    const out = anonymize(text)
    for (const p of parts) expect(out).not.toContain(p)
  })

  it.each([
    'ПОМОГИТЕ МНЕ ПОЖАЛУЙСТА',
    'МЕНЯ ЗОВУТ ОЛЯ',
    'Michael Scott is my emotional support boss',
    'Wait, Jordan Peterson? no',
    'At the Lincoln Memorial at sunset',
    'прочитала Довлатова, теперь хочу Донцову',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
})

describe('a full name after "dm" (issue 12, v4)', () => {
  it('when "dm Haruto Sakamaki on discord", then the name is masked', () => {
    expect(anonymize('dm Haruto Sakamaki on discord, he runs it')).not.toMatch(/Haruto|Sakamaki/)
  })
})

describe('no name from a preposition after «я» or a famous novel (issue 12, v4)', () => {
  it.each([
    'Я из Грозного, сейчас в Берлине',
    'мне 47, я из Актобе, муж пьёт',
    'Just finished Anna Karenina. wow',
  ])('when %j, then nothing is masked', (text) => {
    expect(anonymize(text)).toBe(text)
  })
  it('when «я из Москвы, Иван Петров», then the full name is still masked', () => {
    expect(anonymize('я из Москвы, Иван Петров')).toBe('я из Москвы, [name]')
  })
})
