import { describe, expect, it } from 'vitest'
import { canBeMatched, isOnboarded, nextStep, validateBio, validateNickname } from './onboarding.js'

const base = { safetyAck: true, onboardingStep: 'done', deletedAt: null }

describe('isOnboarded', () => {
  it('when consent is given and the wizard is done, then the user is onboarded', () => {
    expect(isOnboarded(base)).toBe(true)
  })
  it('when anything is missing, then not', () => {
    expect(isOnboarded(null)).toBe(false)
    expect(isOnboarded({ ...base, safetyAck: false })).toBe(false)
    expect(isOnboarded({ ...base, onboardingStep: 'bio' })).toBe(false)
    expect(isOnboarded({ ...base, deletedAt: new Date() })).toBe(false)
  })
  it('when paused, banned or suspended, then onboarded but not matchable', () => {
    const ok = { ...base, pausedAt: null, bannedAt: null, matchingSuspendedAt: null }
    expect(canBeMatched(ok)).toBe(true)
    expect(canBeMatched({ ...ok, pausedAt: new Date() })).toBe(false)
    expect(canBeMatched({ ...ok, bannedAt: new Date() })).toBe(false)
    expect(canBeMatched({ ...ok, matchingSuspendedAt: new Date() })).toBe(false)
  })
  it('when stepping, then the wizard goes in order and stays done', () => {
    expect(nextStep('language')).toBe('consent')
    expect(nextStep('bio')).toBe('done')
    expect(nextStep('done')).toBe('done')
  })
})

describe('validateBio', () => {
  it('when the bio is ordinary text, then it is accepted trimmed', () => {
    expect(validateBio('  Работаю в IT 10 лет, выгорел в 2023, люблю гулять  ')).toEqual({
      ok: true,
      value: 'Работаю в IT 10 лет, выгорел в 2023, люблю гулять',
    })
  })
  it.each([
    ['пишите +7 999 123-45-67', 'phone'],
    ['mail me: anna.k@example.com', 'email'],
    ['я в тг @anna_kot', 'username'],
    ['мой блог https://example.org/me', 'link'],
    ['see t.me/annakot', 'link'],
  ])('when the bio contains contacts (%s), then it is refused as %s', (text, kind) => {
    expect(validateBio(text)).toEqual({ ok: false, reason: 'contact-info', kind })
  })
  it.each([
    ['Меня зовут Кира Лебедева, люблю котов', 'name'],
    ['my name is Owen Fletcher, 34', 'name'],
    ['живу на ул. Чкалова, д. 12, приходите', 'address'],
    ['I live at 55 Cedar Road', 'address'],
  ])('when the bio names the person or their home (%s), then it is refused as %s', (text, kind) => {
    expect(validateBio(text)).toEqual({ ok: false, reason: 'contact-info', kind })
  })
  it('when the bio mentions a first name or a street word only, then it is accepted', () => {
    expect(validateBio('Я Лиза, на улице гуляю с собакой, учусь в школе № 57').ok).toBe(true)
  })
  it('when the bio is longer than 300 characters, then it is refused', () => {
    expect(validateBio('а'.repeat(301))).toEqual({ ok: false, reason: 'too-long', max: 300 })
    expect(validateBio('а'.repeat(300)).ok).toBe(true)
  })
  it('when the bio is blank, then empty', () => {
    expect(validateBio('   ')).toEqual({ ok: false, reason: 'empty' })
  })
})

describe('validateNickname', () => {
  it('when the pseudonym is fine, then whitespace is collapsed', () => {
    expect(validateNickname('  Ночной   Филин ')).toEqual({ ok: true, value: 'Ночной Филин' })
  })
  it('when it is too short or too long, then refused', () => {
    expect(validateNickname('Я')).toMatchObject({ ok: false, reason: 'too-short' })
    expect(validateNickname('x'.repeat(33))).toMatchObject({ ok: false, reason: 'too-long' })
  })
  it('when it carries a contact, then refused', () => {
    expect(validateNickname('@anna_kot')).toMatchObject({
      ok: false,
      reason: 'contact-info',
      kind: 'username',
    })
  })
  it.each(['ночная_сова', 'Тихий_Кот', 'sleepy_fox', 'luna_27'])(
    'when the pseudonym is one underscore word (%s) with nothing pointing to an account, then accepted (the own username is checked apart)',
    (name) => {
      expect(validateNickname(name)).toEqual({ ok: true, value: name })
      expect(validateNickname(name, ['luna', name])).toMatchObject({ ok: false, reason: 'telegram-name' })
    },
  )
  it.each([
    ['Кира_Лебедева', 'name'],
    ['Owen_Fletcher', 'name'],
  ])('when an underscore word joins a full name (%s), then refused as a %s', (name, kind) => {
    expect(validateNickname(name)).toMatchObject({ ok: false, reason: 'contact-info', kind })
  })
  it.each(['@luna_27', 'инста luna_27', 'tg: ночная_сова_7'])(
    'when an underscore word comes with an @ or a platform (%s), then refused as a username',
    (name) => {
      expect(validateNickname(name)).toMatchObject({ ok: false, reason: 'contact-info', kind: 'username' })
    },
  )
  it('when it is a full name, then refused as a name', () => {
    expect(validateNickname('Кира Лебедева')).toMatchObject({
      ok: false,
      reason: 'contact-info',
      kind: 'name',
    })
    expect(validateNickname('Owen Fletcher')).toMatchObject({
      ok: false,
      reason: 'contact-info',
      kind: 'name',
    })
    expect(validateNickname('Сергей Сергеевич')).toMatchObject({
      ok: false,
      reason: 'contact-info',
      kind: 'name',
    })
  })
  it.each(['Ночной Филин', 'Серый Волк', 'Рыжая Лиса', 'Quiet Fox', 'Sad Panda', 'Мария'])(
    'when the pseudonym is made of ordinary words or a first name alone (%s), then accepted',
    (name) => {
      expect(validateNickname(name).ok).toBe(true)
    },
  )
  it('when it is an address, then refused as an address', () => {
    expect(validateNickname('ул. Чкалова 12')).toMatchObject({
      ok: false,
      reason: 'contact-info',
      kind: 'address',
    })
  })
  it('when it is (or contains) the Telegram name, then refused', () => {
    expect(validateNickname('Anna', ['Anna', 'K', 'annakot'])).toEqual({ ok: false, reason: 'telegram-name' })
    expect(validateNickname('Quiet Anna', ['Anna'])).toEqual({ ok: false, reason: 'telegram-name' })
    expect(validateNickname('AnnaKot', ['Anna', undefined, 'annakot'])).toEqual({
      ok: false,
      reason: 'telegram-name',
    })
    expect(validateNickname('Тихая Сова', ['Anna'])).toMatchObject({ ok: true })
  })
})
