import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('English names of many origins, surname first, joined and in lower case (round 25)', () => {
  it.each([
    // a given name of the list (African, South Asian, Japanese…) beside a surname no lexicon knows
    ['yesterday Kagiso Molefe shouted at me in the canteen', ['Kagiso', 'Molefe']],
    ['the only one who visited was Tatenda Mapfumo, every single week', ['Tatenda', 'Mapfumo']],
    // Scottish and Irish surnames by their form beside a given name no lexicon knows
    ['we were put in a group with Torquil McFadyen and he did nothing', ['Torquil', 'McFadyen']],
    ['honestly Ruaridh MacAskill is the reason I left the team', ['Ruaridh', 'MacAskill']],
    // surname first, then the given name, with what a person does after
    ['Nwachukwu Emmanuel keeps texting me at night and I am scared', ['Nwachukwu', 'Emmanuel']],
    // given names joined by "and" / "&" before one surname
    ['Graham and Wendy Pilkington were my foster parents for six years', ['Graham', 'Wendy', 'Pilkington']],
    ['Ruth & David Abernethy from church keep inviting me over', ['Ruth', 'David', 'Abernethy']],
    // a surname written first, a comma and the given name
    ['Brennan, Siobhan was the name on the parcel', ['Brennan', 'Siobhan']],
    ['the letter was for Moreno Vidal, Lucía and she never got it', ['Moreno', 'Vidal', 'Lucía']],
    ['de Souza, Beatriz moved out without paying and blocked me', ['Souza', 'Beatriz']],
    ['LIU, Jia-Hui is my mum on the ward board and nobody calls me', ['LIU', 'Jia-Hui']],
    ['on the register it says Okwuosa, Chiamaka Ifeoma and I hate it', ['Okwuosa', 'Chiamaka', 'Ifeoma']],
    // three given names in a row after a cue: the last is the surname
    ['my grandad is albert george henry, he turned ninety last week', ['albert', 'george', 'henry']],
    // a third word after a nickname or a name no list knows
    ['my uncle fola tunde bakare drinks too much', ['fola', 'tunde', 'bakare']],
    ['my cousin jojo ama mensah moved in with us', ['jojo', 'ama', 'mensah']],
    // two given names joined by a hyphen, then a surname: a person by the form alone
    ['could not stop thinking about marie-claire dubois all day', ['marie-claire', 'dubois']],
    // a Chinese surname and a two-syllable given name written as one word
    ['liang jiahui sat next to me and did not say a word', ['liang', 'jiahui']],
    ["Zhou Yuting's parents want me to stop calling", ['Zhou', 'Yuting']],
    // a hyphenated given name whose halves the lexicon knows as names
    ['Wang Jing-Mei never came back after the holidays', ['Wang', 'Jing-Mei']],
  ])('when %s, then the name is masked', (text, parts) => masks(text, parts))

  it.each([
    'Santa Barbara was gorgeous this time of year',
    'San Diego trip got cancelled and I cried',
    'I spent the weekend Marie Kondo-ing my whole flat',
    'watching Bob Ross at 2am again',
    'the Ted Lasso episode about panic attacks made me cry',
    'Sorry, Priya, I cannot make it tonight',
    'Thanks, Kwame, that helped',
    'Paris, Texas is my comfort film',
    'Elizabeth, Lizzie, Beth — she has so many names',
    'Emily Dickinson, Sylvia Plath: my whole poetry unit is sad women',
    'McDonalds and Burger King are the only places open',
    'i had a McFlurry and felt a bit better',
    'zhang said hi in the group chat',
    'NAVY BUDDY SAYS HE CANT SLEEP EITHER',
    'Graham and Wendy came over for tea',
    'mary-jane shoes are back in apparently',
    'Kagiso texted me this morning',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})

describe('Russian full names in lower case with a first name that is also a word (round 25)', () => {
  it.each([
    ['короче ильин максим опять не вернул долг', ['ильин', 'максим']],
    ['напиши вере ильиной, она в курсе', ['вере', 'ильиной']],
    ['вчера максим ильин снова не пришёл на пары', ['максим', 'ильин']],
  ])('when %s, then the name is masked', (text, parts) => masks(text, parts))

  it.each([
    'купила новый роман и читаю всю ночь',
    'читаю толстой роман, очень длинный',
    'вера в себя пропала',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
