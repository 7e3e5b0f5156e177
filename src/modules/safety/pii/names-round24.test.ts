import { describe, expect, it } from 'vitest'
import { anonymize } from '../anonymize.js'
import { masks } from './masks.testkit.js'

describe('English names in lower case and capitals after a relation, title or label (round 24)', () => {
  it.each([
    // in-laws before a lower-case name
    ['my sister-in-law priya raghunathan keeps commenting on my weight', ['priya', 'raghunathan']],
    ['my father-in-law, tomasz wierzbicki, refuses to speak english to me', ['tomasz', 'wierzbicki']],
    ['her brother-in-law obinna nwachukwu drove us home', ['obinna', 'nwachukwu']],
    // a relation, "is" and an adverb
    ['my mum is basically fatima el-amin the headteacher so everyone watches me', ['fatima', 'el-amin']],
    ['my boss is literally sunita krishnamurthy from the news', ['sunita', 'krishnamurthy']],
    // a label: a relation word, then ":" or "="
    ['ex-husband = dmitri volkonsky. i changed the locks in march', ['dmitri', 'volkonsky']],
    ['MOTHER: ADAEZE OKORO. the hospital still has her on file', ['ADAEZE', 'OKORO']],
    ['stepdad: ngozi okafor, no wait that is my aunt', ['ngozi', 'okafor']],
    // a label with the surname first (forms, certificates)
    ['FATHER: NWOSU CHIDI. never met him', ['NWOSU', 'CHIDI']],
    // "Surname, Given" after a label, and with a particle in a list
    ['PATIENT: Nwosu, Adaeze — that was me at 17', ['Nwosu', 'Adaeze']],
    ['Name: van der Merwe, Pieter. the council lost it again', ['Merwe', 'Pieter']],
    ['on the list: Okafor, Chinedu; van Dijk, Marieke', ['Okafor', 'Chinedu', 'Dijk', 'Marieke']],
    // all capitals after a title
    ['MRS. KAVITHA SUNDARAM FROM THE COUNCIL KEEPS CALLING', ['KAVITHA', 'SUNDARAM']],
    ['DR ANJALI VENKATESH IS THE ONE WHO DIAGNOSED ME', ['ANJALI', 'VENKATESH']],
    // a hyphenated given name whose halves are given names
    ['my sons bully is lily-rose whitcombe and nobody does anything', ['lily-rose', 'whitcombe']],
    ['Mary-Kate Thistlewood from my class keeps posting about me', ['Mary-Kate', 'Thistlewood']],
    // a nickname no list knows, after a role word, with a double-barrelled surname
    ['coach jonno mcallister-reid benched me all season', ['jonno', 'mcallister-reid']],
    ['my tutor kaz lee-hamilton said my essay was lazy', ['kaz', 'lee-hamilton']],
    // a lower-case full name set off by commas, as one speaks to someone
    ['if you ever see this, yasmin darwish, i never meant it', ['yasmin', 'darwish']],
    ['i know you read these, tobias lindgren, so here goes', ['tobias', 'lindgren']],
  ])('when %s, then the name is masked', (text, parts) => masks(text, parts))

  it.each([
    'my brother-in-law is a nightmare honestly',
    'my dad is literally the worst at texting back',
    'MOTHER: NOT LISTED. that is what the form says',
    'coach said i was lazy and benched me',
    'DR. GOOGLE SAYS I HAVE EVERYTHING',
    'Dr. YouTube says it is just anxiety',
    'Naomi Osaka talking about panic attacks helped me',
    'if you ever see this, grace, please call',
    'honestly, rose garden, big house, that was the dream',
    'my coach is super strict about warmups',
    'ex-boyfriend = bad news, never again',
    'Name: Paris, France. Occupation: sad',
    'Sister: Grace, please call me back',
  ])('when "%s", then nothing changes', (text) => expect(anonymize(text)).toBe(text))
})
