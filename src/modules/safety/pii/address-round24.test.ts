import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('sloppy English addresses (round 24)', () => {
  it.each([
    // a numbered US street after a direction, no street word, maybe a unit
    ['drop it at 145 e 72nd apt 3, thanks', ['145 e 72nd', 'apt 3']],
    ['im at 310 W 4th #2F till friday', ['310 W 4th', '#2F']],
    ['my old place was 88 n 23rd, unit 9', ['88 n 23rd', 'unit 9']],
    // French, Spanish, Portuguese, Italian street words in lower case; German street compounds
    ['she moved to 14 calle de la paz and stopped answering', ['14 calle de la paz']],
    ['write to me at 3 rue du moulin, i check the box', ['3 rue du moulin']],
    ['we rented 27 rua das flores for the summer', ['27 rua das flores']],
    ['he lives in berlin now, hauptstraße 12, with her', ['hauptstraße 12']],
    // "dr" before a conjunction or an adverb
    ['mums at 56 cedar hollow dr but she wont open the door', ['56 cedar hollow dr']],
    ['its 903 lake view dr where the party is', ['903 lake view dr']],
    // British street words in lower case closing the clause
    ['the house is 14 hazel grove, blue door', ['14 hazel grove']],
    ['we were at 3 willow mews. it flooded', ['3 willow mews']],
    ['nan lives at 61 kingsley gardens now', ['61 kingsley gardens']],
    ['its 22 ashdown close if you need to find me', ['22 ashdown close']],
    // a flat, room or bedsit in a named building; a room code in halls
    ['i rent room 12 wesley court off the high street', ['room 12 wesley court']],
    ['flat 3 marlowe house, the one by the station', ['flat 3 marlowe house']],
    ['my room is B-207 Hartley Hall, top floor', ['B-207 Hartley Hall']],
    ['bedsit 2, 40 station road. damp everywhere', ['bedsit 2', '40 station road']],
    // a plot in a trailer or caravan park
    ['we are in lot 17 sunny acres mobile home park now', ['lot 17 sunny acres mobile home park']],
    ['Space 8, Cedar Creek RV Park, is all we could afford', ['Space 8, Cedar Creek RV Park']],
    ['pitch 31 seaview caravan park till october', ['pitch 31 seaview caravan park']],
    // "the" streets after a home word, capitalised, with the town
    ['Her cottage, 5 The Green, Ashwell, is empty now', ['5 The Green']],
    ['my nans flat, 12 The Parade, Hove', ['12 The Parade']],
    // Indian house names before the road
    ['Parents stay at 14, Sai Krupa Nivas, Nehru Road, Pune', ['14, Sai Krupa Nivas']],
    ['send it to 7 Ganga Bhavan, Gandhi Nagar', ['7 Ganga Bhavan']],
  ])('when %s, then the address is masked', (text, parts) => masks(text, parts))

  it.each([
    'we came 2nd place and i still cried',
    'i have 2 really close friends and thats it',
    'room 101 in the house is where i hide',
    'the 3 of us sat in the garden',
    'lot 42 of the auction was my grandads watch',
    'i am apt to overthink everything, 3 times a day',
    'sent 5 emails via the portal and nothing',
    'the 2 rue the day songs are my favourite',
    'Chapter 5 The Crescent Moon is the saddest one',
    'at 3 the green light came on',
    'i was 5 minutes close to leaving',
    'he went to 3 different gardens looking for her',
    'In 2 weeks I move to a flat near the station',
    'saw 2 White House staff on the news',
    'we waited 3 hours in the court house',
    'room 4 in our house is the quiet one',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
