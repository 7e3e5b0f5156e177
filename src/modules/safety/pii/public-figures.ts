/**
 * Widely known people and characters whose full names are not personal data in a chat («читаю Льва
 * Толстого», "Taylor Swift songs help"): a full name found by `names.ts` is left alone when every word of it
 * matches one of these (in any Russian case form, patronymics allowed). A private person who shares the
 * full name of someone on this list is not masked — accepted: the list holds only very well-known names.
 *
 * Source: compiled by hand for this project (issue 12) from general knowledge — classic and school-
 * curriculum writers and poets, musicians, actors, athletes, scientists, heads of state and world-famous
 * fictional characters well known to ru/en speakers; every entry has its own Wikipedia article (ru or en).
 * It is a small sample, not a catalogue: add names when moderators see them masked.
 */
// Comma-separated names, grouped: ru writers; ru music, film, sport, science, history; ru characters; en
// writers, science, history; en music; en film, tv, sport; en characters.
const LIST = `
Александр Пушкин, Александр Сергеевич Пушкин, Лев Толстой, Лев Николаевич Толстой, Фёдор Достоевский
Федор Михайлович Достоевский, Антон Чехов, Антон Павлович Чехов, Николай Гоголь, Николай Васильевич Гоголь
Михаил Лермонтов, Михаил Юрьевич Лермонтов, Иван Тургенев, Михаил Булгаков, Борис Пастернак, Анна Ахматова
Марина Цветаева, Сергей Есенин, Владимир Маяковский, Александр Блок, Иосиф Бродский, Осип Мандельштам
Максим Горький, Иван Бунин, Александр Солженицын, Владимир Набоков, Николай Некрасов, Фёдор Тютчев
Афанасий Фет, Иван Крылов, Александр Грибоедов, Александр Островский, Иван Гончаров, Николай Карамзин
Михаил Шолохов, Андрей Платонов, Виктор Пелевин, Владимир Сорокин, Людмила Улицкая, Дина Рубина
Борис Акунин, Сергей Лукьяненко, Аркадий Стругацкий, Борис Стругацкий, Евгений Евтушенко, Белла Ахмадулина
Корней Чуковский, Самуил Маршак, Агния Барто, Эдуард Успенский, Александр Грин, Даниил Хармс
Тарас Шевченко, Леся Украинка, Иван Франко, Чингиз Айтматов, Абай Кунанбаев, Шота Руставели, Алишер Навои
Виктор Цой, Леонид Утёсов, Вера Брежнева, Владимир Высоцкий, Егор Летов, Юрий Шевчук, Борис Гребенщиков, Андрей Макаревич, Земфира Рамазанова
Алла Пугачёва, Филипп Киркоров, Григорий Лепс, Валерий Меладзе, Кристина Орбакайне, Иосиф Кобзон
Лев Лещенко, Николай Басков, Сергей Лазарев, Полина Гагарина, Дима Билан, Сергей Шнуров, Мирон Фёдоров
Олег Газманов, Валерий Леонтьев, Елена Ваенга, Ани Лорак, Светлана Лобода, Макс Корж, Егор Крид, Михаил Круг
Пётр Чайковский, Сергей Рахманинов, Дмитрий Шостакович, Игорь Стравинский, Сергей Прокофьев, Майя Плисецкая
Андрей Тарковский, Никита Михалков, Фёдор Бондарчук, Сергей Бодров, Данила Козловский, Константин Хабенский
Сергей Безруков, Иван Охлобыстин, Юрий Никулин, Андрей Миронов, Олег Табаков, Иван Ургант, Максим Галкин
Ксения Собчак, Юрий Дудь, Андрей Малахов, Владимир Познер, Тина Канделаки, Ольга Бузова
Юрий Гагарин, Валентина Терешкова, Сергей Королёв, Дмитрий Менделеев, Михаил Ломоносов, Иван Павлов
Андрей Сахаров, Лев Ландау, Григорий Перельман, Никола Тесла, Мария Кюри
Владимир Путин, Дмитрий Медведев, Михаил Горбачёв, Борис Ельцин, Владимир Ленин, Иосиф Сталин
Никита Хрущёв, Леонид Брежнев, Владимир Зеленский, Александр Лукашенко, Алексей Навальный, Сергей Лавров
Карл Маркс, Фридрих Энгельс, Карл Либкнехт, Роза Люксембург, Клара Цеткин, Михаил Фрунзе, Сергей Киров
Яков Свердлов, Феликс Дзержинский, Пётр Первый, Екатерина Вторая, Иван Грозный, Александр Невский, Дмитрий Донской, Александр Суворов
Михаил Кутузов, Николай Второй, Павел Дуров, Евгений Касперский, Аркадий Волож, Олег Тиньков
Алина Загитова, Евгения Медведева, Александр Овечкин, Евгений Плющенко, Мария Шарапова, Даниил Медведев
Андрей Аршавин, Фёдор Емельяненко, Хабиб Нурмагомедов, Гарри Каспаров, Анатолий Карпов, Ирина Роднина
Гарри Поттер, Гермиона Грейнджер, Рон Уизли, Шерлок Холмс, Анна Каренина, Евгений Онегин, Татьяна Ларина
Родион Раскольников, Родион Романович Раскольников, Остап Бендер, Василий Тёркин, Григорий Печорин
Андрей Болконский, Наташа Ростова, Пьер Безухов, Илья Обломов, Павел Чичиков, Иван Карамазов
Алёша Карамазов, Дядя Фёдор, Доктор Айболит, Винни Пух, Микки Маус, Бэтмен, Джеймс Бонд, Том Сойер
Гекльберри Финн, Фродо Бэггинс, Питер Пэн, Мэри Поппинс, Шрек, Данила Багров, Глеб Жеглов, Володя Шарапов, Женя Лукашин, Семён Горбунков
Крокодил Гена, Кот Матроскин, Кот Леопольд, Баба Яга, Кощей Бессмертный, Змей Горыныч, Илья Муромец
Алёша Попович, Добрыня Никитич, Василиса Премудрая, Иван Царевич, Дядя Стёпа, Вера Павловна, Перси Джексон
Шерлок Холмс, Джон Уотсон, Гарри Поттер, Северус Снейп, Альбус Дамблдор, Драко Малфой, Джон Сноу, Арья Старк
Уолтер Уайт, Джесси Пинкман, Шелдон Купер, Доктор Хаус, Грегори Хаус, Джек Воробей, Тони Старк, Питер Паркер
Тейлор Свифт, Билли Айлиш, Ариана Гранде, Лана Дель Рей, Стивен Кинг, Джоан Роулинг, Джонни Депп, Илон Маск
Стив Джобс, Билл Гейтс, Майкл Джексон, Фредди Меркьюри, Курт Кобейн, Леонардо Ди Каприо, Киану Ривз
Райан Гослинг, Том Холланд, Эмма Уотсон, Дэниел Рэдклифф, Джим Керри, Роберт Паттинсон, Марго Робби
Маша Распутина, Верка Сердючка, Катя Лель, Ирина Аллегрова, Надежда Кадышева, Лолита Милявская
Мурат Насыров, Юрий Шатунов, Андрей Губин, Дмитрий Маликов, Вячеслав Бутусов, Алёна Швец
Ли На, Криштиану Роналду, Лионель Месси, Майкл Джордан, Мохаммед Али, Серена Уильямс
William Shakespeare, Emily Brontë, Charlotte Brontë, Lewis Carroll, John Tolkien, Roald Dahl, Harper Lee, Jane Austen, Charles Dickens, Virginia Woolf, Sylvia Plath, Emily Dickinson, Mark Twain
Ernest Hemingway, Scott Fitzgerald, George Orwell, Oscar Wilde, Edgar Allan Poe, Stephen King, Agatha Christie
Joanne Rowling, Neil Gaiman, Jack London, John Steinbeck, Toni Morrison, Maya Angelou, Leo Tolstoy
Fyodor Dostoevsky, Anton Chekhov, Franz Kafka, Albert Camus, Frida Kahlo, Vincent van Gogh, Pablo Picasso
Leonardo da Vinci, Albert Einstein, Isaac Newton, Charles Darwin, Marie Curie, Nikola Tesla, Stephen Hawking
Sigmund Freud, Carl Jung, Abraham Lincoln, George Washington, Winston Churchill, Martin Luther King
Nelson Mandela, Mahatma Gandhi, John Kennedy, Barack Obama, Michelle Obama, Donald Trump, Joe Biden
Kamala Harris, Hillary Clinton, Bill Clinton, Queen Elizabeth, Princess Diana, King Charles, Prince Harry
Elon Musk, Steve Jobs, Bill Gates, Mark Zuckerberg, Jeff Bezos, Oprah Winfrey, Greta Thunberg
Taylor Swift, Billie Eilish, Ariana Grande, Selena Gomez, Lady Gaga, Justin Bieber, Ed Sheeran, Harry Styles
Lana Del Rey, Olivia Rodrigo, Dua Lipa, Miley Cyrus, Demi Lovato, Katy Perry, Britney Spears, Kanye West
Kendrick Lamar, Travis Scott, Post Malone, Amy Winehouse, Kurt Cobain, Freddie Mercury, Michael Jackson
Elvis Presley, John Lennon, Paul McCartney, David Bowie, Bob Dylan, Bob Marley, Bruce Springsteen
Elton John, Chester Bennington, Avril Lavigne, Lewis Capaldi, Sam Smith, Shawn Mendes, Bruno Mars
Jennifer Lopez, Whitney Houston, Mariah Carey, Frank Ocean, Doja Cat, Nicki Minaj, Lil Peep, Mac Miller
Juice Wrld, Johnny Cash, Frank Sinatra, Madonna Ciccone, Sabrina Carpenter, Chappell Roan, Phoebe Bridgers
Keanu Reeves, Jimmy Fallon, Jimmy Kimmel, Conan O'Brien, Ellen DeGeneres, David Attenborough, Gordon Ramsay, Tom Hanks, Tom Cruise, Tom Holland, Leonardo DiCaprio, Brad Pitt, Johnny Depp, Will Smith
Robin Williams, Matt Haig, Anthony Bourdain, Jim Carrey, Jack Black, Morgan Freeman, Denzel Washington, Meryl Streep, Emma Watson
Emma Stone, Jennifer Aniston, Jennifer Lawrence, Scarlett Johansson, Angelina Jolie, Zendaya Coleman
Timothée Chalamet, Timothee Chalamet, Pedro Pascal, Ryan Gosling, Ryan Reynolds, Margot Robbie, Cillian Murphy
Benedict Cumberbatch, Daniel Radcliffe, Rupert Grint, Robert Pattinson, Kristen Stewart, Millie Bobby Brown
Dwayne Johnson, Marilyn Monroe, Audrey Hepburn, Charlie Chaplin, Rowan Atkinson, Steven Spielberg
Quentin Tarantino, Christopher Nolan, Walt Disney, Lionel Messi, Cristiano Ronaldo, Michael Jordan
LeBron James, Serena Williams, Simone Biles, Usain Bolt, Muhammad Ali, Mike Tyson, Roger Federer
Lewis Hamilton, Tiger Woods, Michael Phelps, Naomi Osaka, Ben Stokes, Kevin Love, DeMar DeRozan, Tyson Fury
Andrew Flintoff, Marcus Trescothick, Jonny Wilkinson, Frank Bruno, Ricky Hatton, Dak Prescott
Meghan Markle, Stephen Fry, Ruby Wax
Bob Ross, Fred Rogers, Marie Kondo, Jamie Oliver, Mary Berry, Nigella Lawson, Greta Gerwig, Jay Shetty, Mel Robbins
Harry Potter, Hermione Granger, Ron Weasley, Sherlock Holmes, James Bond, Peter Pan, Peter Parker
Tony Stark, Bruce Wayne, Clark Kent, Mickey Mouse, Winnie the Pooh, Mary Poppins, Tom Sawyer
Huckleberry Finn, Frodo Baggins, Luke Skywalker, Darth Vader, Bruce Banner, Homer Simpson, Bart Simpson
Jay Gatsby, Holden Caulfield, Santa Claus, Jack Sparrow, Forrest Gump
Percy Jackson, Katniss Everdeen, Hannah Montana, Harley Quinn, Wednesday Addams, Lara Croft, Bella Swan
Edward Cullen, Jesse Pinkman, Rachel Green, Ross Geller, Chandler Bing, Monica Geller, Joey Tribbiani
Phoebe Buffay, Steve Harrington, Nancy Wheeler, Dean Winchester, Sam Winchester, Sheldon Cooper, Ted Mosby
Gregory House, Meredith Grey, Arya Stark, Sansa Stark, Tyrion Lannister, Draco Malfoy, Severus Snape
Albus Dumbledore, Bilbo Baggins, Jack Skellington, Ellie Williams, Joel Miller, Naruto Uzumaki, Ash Ketchum
SpongeBob SquarePants, Rick Sanchez, Morty Smith, Peter Griffin, Stewie Griffin, Lisa Simpson, Marge Simpson
Evan Hansen, Sally Rooney, Kelly Clarkson, Buddy Holly, Jack Frost, Mac DeMarco, Ice Spice, Li Na, Yao Ming, Jackie Chan, Bruce Lee, Lucy Liu, Sandra Oh, Kim Kardashian, Kylie Jenner, Hailey Bieber
Walter White, Jon Snow, Daenerys Targaryen, Bridget Jones, Anne Frank, Ted Lasso, Roy Kent
Michael Scott, Dwight Schrute, Jim Halpert, Pam Beesly, Leslie Knope, Ron Swanson, Jordan Peterson, Sylvester Stallone
Irvin Yalom, Brené Brown, Jordan Belfort, Anna Karenina, Анна Каренина, Бриджит Джонс
Сергей Довлатов, Дарья Донцова, Ирвин Ялом, Людмила Петрушевская, Захар Прилепин, Евгений Водолазкин
Charlie Brown, Snoopy Brown, Tommy Hilfiger, Calvin Klein, Ralph Lauren, Marc Jacobs, Hugo Boss, Giorgio Armani
Louis Vuitton, Coco Chanel, Estee Lauder, Michael Kors, Kate Spade, Tory Burch, Vera Wang, Stella McCartney
Morgan Stanley, Goldman Sachs, Charles Schwab, Wells Fargo, Dow Jones, Ernst Young, Johnson Johnson
Томми Хилфигер, Кельвин Кляйн, Хьюго Босс, Луи Виттон, Коко Шанель, Чарли Браун, Хелло Китти, Hello Kitty
Андрей Рублёв, Карен Хачанов, Дарья Касаткина, Мирра Андреева, Аслан Карацев, Новак Джокович, Рафаэль Надаль
Фрида Кало, Сальвадор Дали, Клод Моне, Винсент Ван Гог, Илья Репин, Иван Айвазовский, Казимир Малевич
Василий Кандинский, Марк Шагал, Исаак Левитан, Иван Шишкин, Виктор Васнецов, Альберт Эйнштейн, Стивен Хокинг
Зигмунд Фрейд, Карл Юнг, Эрих Фромм, Виктор Франкл, Мать Тереза, Керри Фишер, Робин Уильямс, Хит Леджер
Фаина Раневская, Марк Бернес, Людмила Гурченко, Евгений Леонов, Георгий Вицин, Анатолий Папанов, Олег Янковский
Фёдор Черенков, Лев Яшин, Харуки Мураками, Ким Чен Ын, Kim Jong Un, Haruki Murakami, Tim Hortons, Walt Disney World
Carrie Fisher, Heath Ledger, Matthew Perry, Harrison Ford, Mark Hamill, Kristen Bell, Kid Cudi, Pete Davidson
Stephen Fry, Ruby Wax, Leonard Cohen, Kurt Vonnegut, David Foster Wallace, Viktor Frankl, Erich Fromm, Mother Teresa
Novak Djokovic, Rafael Nadal, Andy Murray, Emma Raducanu, Naomi Osaka, Michael Phelps, Kobe Bryant, Tiger Woods
Lewis Hamilton, Marcus Rashford, Tom Brady, Salvador Dali, Claude Monet, Andy Warhol, Amanda Gorman
`

// Characters and people known by a title and one word ("Mr. Bean", "Dr. Strange"): the title (Mr, Mrs, Ms,
// Miss, Dr, Doctor, Prof, Sir) is folded, so "Dr Strange", "Dr. Strange" and "Doctor Strange" are one entry.
const TITLED = `
mr bean, dr strange, dr who, dr house, mr robot, mr freeze, mrs doubtfire, dr dre, dr seuss, mr t, mr rogers
dr phil, dr oz, mr burns, mr krabs, mrs hudson, dr watson, dr frankenstein, dr jekyll, mr hyde, mr darcy
mr rochester, miss marple, dr manhattan, dr doom, mr incredible, mrs incredible, mr potato head, mr clean
mrs dalloway, mr peanutbutter, dr pepper, mr beast, dr evil, mr miyagi, dr octopus, dr zhivago, dr no
judge judy, judge dredd, doctor doom, mr magoo, mr hankey, mr garrison, mr mackey, dr strangelove, prof moriarty, prof snape, prof mcgonagall, prof dumbledore, prof x, dr livesey
sir lancelot, sir galahad, nurse joy, officer jenny, ms rachel, principal skinner, coach carter, detective pikachu, mr nobody, mr sandman, mr brightside, mr blue sky
`
const TITLED_SET = new Set(
  TITLED.split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean),
)
const TITLE_FOLD: Record<string, string> = { doctor: 'dr', professor: 'prof', mister: 'mr', missus: 'mrs' }

/** "Mr. Bean", "Doctor Strange", "Dr Who": a title and words that name a famous character, not a person. */
export function isTitledPublicFigure(title: string, words: readonly string[]): boolean {
  const t = title.toLowerCase().replace(/\.$/, '')
  return TITLED_SET.has([TITLE_FOLD[t] ?? t, ...words.map((w) => w.toLowerCase())].join(' '))
}

export const PUBLIC_FIGURES: readonly string[] = LIST.split(/[,\n]/)
  .map((s) => s.trim())
  .filter(Boolean)

const FLEETING = /[её]([^аеёиоуыэюя])$/u

function stems(word: string): string[] {
  const w = word.toLowerCase().replace(/ё/g, 'е')
  if (/^[a-z'’-]+$/.test(w)) return [w]
  const base = w.length > 3 ? w.replace(/[аеиоуыэюяйь]+$/u, '') : w
  const out = [base]
  // «Лев» → «Льва», «Павел» → «Павла»
  if (FLEETING.test(w)) out.push(w.replace(FLEETING, 'ь$1'), w.replace(FLEETING, '$1'))
  return out
}

type Entry = { words: string[][]; raw: string[]; last: number }
let index: Map<string, Entry[]> | undefined

/** Entries keyed by the first two letters of their last word (the surname). */
function entries(): Map<string, Entry[]> {
  if (!index) {
    index = new Map()
    for (const name of PUBLIC_FIGURES) {
      const raw = name.split(/\s+/)
      const words = raw.map(stems)
      const key = (words[words.length - 1]?.[0] ?? '').slice(0, 2)
      const list = index.get(key) ?? []
      list.push({ words, raw, last: words.length - 1 })
      index.set(key, list)
    }
  }
  return index
}

function wordMatches(word: string, stemsOf: string[]): boolean {
  const w = word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/['’]s$/, '')
    // a name made a verb or an adjective: "Marie Kondo-ing the house", "a Bob Ross-style sky"
    .replace(/-(?:ing|ed|esque|like|style|ish)$/, '')
  return stemsOf.some((s) => (/^[a-z]/.test(s) ? w === s : w.startsWith(s) && w.length - s.length <= 4))
}

const IGNORABLE = /^(?:jr|sr|ii|iii)$/i

/** True when `word` is the surname of someone on the list («Пушкин», «Толстого», "Obama"). */
export function isPublicSurname(word: string): boolean {
  const key = stems(word)[0]?.slice(0, 2) ?? ''
  return (entries().get(key) ?? []).some(
    (entry) => entry.words.length > 1 && wordMatches(word, entry.words[entry.last] ?? []),
  )
}

/**
 * True when every word of a found name (patronymics passed in `skip` excepted) belongs to one public figure
 * and the figure's surname is among them: «Льва Николаевича Толстого», "Taylor Swift's".
 */
export function isPublicFigure(
  words: readonly string[],
  skip: (word: string) => boolean = () => false,
): boolean {
  const kept = words.filter((w) => !IGNORABLE.test(w))
  for (const surname of kept) {
    const key = stems(surname)[0]?.slice(0, 2) ?? ''
    for (const entry of entries().get(key) ?? []) {
      const lastStems = entry.words[entry.last] ?? []
      if (!wordMatches(surname, lastStems)) continue
      // «Степан Романович» is not «Дядя Стёпа»: given two words or more, each word of the figure's name is
      // among them too (a patronymic aside: «Льва Толстого» is «Лев Николаевич Толстой»)
      const covered =
        kept.length < 2 ||
        entry.raw.every((rw, k) => skip(rw) || kept.some((w) => wordMatches(w, entry.words[k] ?? [])))
      if (covered && kept.every((w) => skip(w) || entry.words.some((ws) => wordMatches(w, ws)))) return true
    }
  }
  return false
}
