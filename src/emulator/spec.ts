/**
 * The emulator's parameter rules for every Bot API method it implements, and for the objects it checks in
 * depth. Written by hand in the emulator's own notation; `spec.test.ts` cross-checks them against the Bot API
 * 10.1 spec (api.json, read from `../shared/telegram-bot-api/`, never copied here).
 *
 * Notation of a rule: a type code, `!` when required.
 * - `int`, `float`, `str`, `bool`: Integer, Float, String, Boolean
 * - `chat`: Integer or String (a chat id or @username)
 * - `file`: InputFile or String (file_id, URL, or `attach://<part>`)
 * - `markup`: one of InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove, ForceReply
 * - `@Name`: an object of that Bot API type (checked field by field when OBJECTS has it, else only "is an object")
 * - `<code>[]`: an array of that
 */
export type TypeCode = string

export interface Rule {
  type: TypeCode
  required: boolean
}

export type Rules = Readonly<Record<string, Rule>>

function rules(spec: Record<string, string>): Rules {
  const out: Record<string, Rule> = {}
  for (const [name, code] of Object.entries(spec)) {
    const required = code.endsWith('!')
    out[name] = { type: required ? code.slice(0, -1) : code, required }
  }
  return Object.freeze(out)
}

/** Where a message goes and how it is delivered: shared by the send* methods. */
const SEND = {
  business_connection_id: 'str',
  chat_id: 'chat!',
  message_thread_id: 'int',
  direct_messages_topic_id: 'int',
  disable_notification: 'bool',
  protect_content: 'bool',
  allow_paid_broadcast: 'bool',
  message_effect_id: 'str',
  suggested_post_parameters: '@SuggestedPostParameters',
  reply_parameters: '@ReplyParameters',
  reply_markup: 'markup',
}

const { business_connection_id: _business, ...SEND_UNBUSINESS } = SEND

const CAPTION = { caption: 'str', parse_mode: 'str', caption_entities: '@MessageEntity[]' }

const INVOICE = {
  title: 'str!',
  description: 'str!',
  payload: 'str!',
  provider_token: 'str',
  currency: 'str!',
  prices: '@LabeledPrice[]!',
  max_tip_amount: 'int',
  suggested_tip_amounts: 'int[]',
  provider_data: 'str',
  photo_url: 'str',
  photo_size: 'int',
  photo_width: 'int',
  photo_height: 'int',
  need_name: 'bool',
  need_phone_number: 'bool',
  need_email: 'bool',
  need_shipping_address: 'bool',
  send_phone_number_to_provider: 'bool',
  send_email_to_provider: 'bool',
  is_flexible: 'bool',
}

/** Identifies a message to edit (chat + message, or an inline message). */
const EDIT_TARGET = {
  business_connection_id: 'str',
  chat_id: 'chat',
  message_id: 'int',
  inline_message_id: 'str',
}

const LANG = { language_code: 'str' }
const SCOPE_LANG = { scope: '@BotCommandScope', language_code: 'str' }

/** Parameter rules per method (canonical method names). */
export const METHOD_RULES: Readonly<Record<string, Rules>> = Object.freeze({
  getMe: rules({}),
  logOut: rules({}),
  close: rules({}),
  setWebhook: rules({
    url: 'str!',
    certificate: 'file',
    ip_address: 'str',
    max_connections: 'int',
    allowed_updates: 'str[]',
    drop_pending_updates: 'bool',
    secret_token: 'str',
  }),
  deleteWebhook: rules({ drop_pending_updates: 'bool' }),
  getWebhookInfo: rules({}),
  getUpdates: rules({ offset: 'int', limit: 'int', timeout: 'int', allowed_updates: 'str[]' }),

  sendMessage: rules({
    ...SEND,
    text: 'str!',
    parse_mode: 'str',
    entities: '@MessageEntity[]',
    link_preview_options: '@LinkPreviewOptions',
  }),
  sendPhoto: rules({
    ...SEND,
    photo: 'file!',
    ...CAPTION,
    show_caption_above_media: 'bool',
    has_spoiler: 'bool',
  }),
  sendSticker: rules({ ...SEND, sticker: 'file!', emoji: 'str' }),
  sendVoice: rules({ ...SEND, voice: 'file!', ...CAPTION, duration: 'int' }),
  sendVideoNote: rules({ ...SEND, video_note: 'file!', duration: 'int', length: 'int', thumbnail: 'file' }),
  sendVideo: rules({
    ...SEND,
    video: 'file!',
    duration: 'int',
    width: 'int',
    height: 'int',
    thumbnail: 'file',
    cover: 'file',
    start_timestamp: 'int',
    ...CAPTION,
    show_caption_above_media: 'bool',
    has_spoiler: 'bool',
    supports_streaming: 'bool',
  }),
  sendAudio: rules({
    ...SEND,
    audio: 'file!',
    ...CAPTION,
    duration: 'int',
    performer: 'str',
    title: 'str',
    thumbnail: 'file',
  }),
  sendAnimation: rules({
    ...SEND,
    animation: 'file!',
    duration: 'int',
    width: 'int',
    height: 'int',
    thumbnail: 'file',
    ...CAPTION,
    show_caption_above_media: 'bool',
    has_spoiler: 'bool',
  }),
  sendDocument: rules({
    ...SEND,
    document: 'file!',
    thumbnail: 'file',
    ...CAPTION,
    disable_content_type_detection: 'bool',
  }),
  sendLocation: rules({
    ...SEND,
    latitude: 'float!',
    longitude: 'float!',
    horizontal_accuracy: 'float',
    live_period: 'int',
    heading: 'int',
    proximity_alert_radius: 'int',
  }),
  sendContact: rules({ ...SEND, phone_number: 'str!', first_name: 'str!', last_name: 'str', vcard: 'str' }),
  sendDice: rules({ ...SEND, emoji: 'str' }),

  copyMessage: rules({
    ...SEND_UNBUSINESS,
    from_chat_id: 'chat!',
    message_id: 'int!',
    video_start_timestamp: 'int',
    ...CAPTION,
    show_caption_above_media: 'bool',
  }),
  forwardMessage: rules({
    chat_id: 'chat!',
    message_thread_id: 'int',
    direct_messages_topic_id: 'int',
    from_chat_id: 'chat!',
    video_start_timestamp: 'int',
    disable_notification: 'bool',
    protect_content: 'bool',
    message_effect_id: 'str',
    suggested_post_parameters: '@SuggestedPostParameters',
    message_id: 'int!',
  }),

  editMessageText: rules({
    ...EDIT_TARGET,
    text: 'str',
    parse_mode: 'str',
    entities: '@MessageEntity[]',
    link_preview_options: '@LinkPreviewOptions',
    rich_message: '@InputRichMessage',
    reply_markup: '@InlineKeyboardMarkup',
  }),
  editMessageCaption: rules({
    ...EDIT_TARGET,
    ...CAPTION,
    show_caption_above_media: 'bool',
    reply_markup: '@InlineKeyboardMarkup',
  }),
  editMessageReplyMarkup: rules({ ...EDIT_TARGET, reply_markup: '@InlineKeyboardMarkup' }),
  deleteMessage: rules({ chat_id: 'chat!', message_id: 'int!' }),
  deleteMessages: rules({ chat_id: 'chat!', message_ids: 'int[]!' }),

  answerCallbackQuery: rules({
    callback_query_id: 'str!',
    text: 'str',
    show_alert: 'bool',
    url: 'str',
    cache_time: 'int',
  }),
  sendChatAction: rules({
    business_connection_id: 'str',
    chat_id: 'chat!',
    message_thread_id: 'int',
    action: 'str!',
  }),

  setMyCommands: rules({ commands: '@BotCommand[]!', ...SCOPE_LANG }),
  getMyCommands: rules(SCOPE_LANG),
  deleteMyCommands: rules(SCOPE_LANG),
  setMyDescription: rules({ description: 'str', ...LANG }),
  getMyDescription: rules(LANG),
  setMyShortDescription: rules({ short_description: 'str', ...LANG }),
  getMyShortDescription: rules(LANG),
  setMyName: rules({ name: 'str', ...LANG }),
  getMyName: rules(LANG),
  setChatMenuButton: rules({ chat_id: 'int', menu_button: '@MenuButton' }),
  getChatMenuButton: rules({ chat_id: 'int' }),
  getChat: rules({ chat_id: 'chat!' }),
  getFile: rules({ file_id: 'str!' }),

  sendInvoice: rules({
    chat_id: 'chat!',
    message_thread_id: 'int',
    direct_messages_topic_id: 'int',
    ...INVOICE,
    start_parameter: 'str',
    disable_notification: 'bool',
    protect_content: 'bool',
    allow_paid_broadcast: 'bool',
    message_effect_id: 'str',
    suggested_post_parameters: '@SuggestedPostParameters',
    reply_parameters: '@ReplyParameters',
    reply_markup: '@InlineKeyboardMarkup',
  }),
  createInvoiceLink: rules({ business_connection_id: 'str', ...INVOICE, subscription_period: 'int' }),
  answerPreCheckoutQuery: rules({ pre_checkout_query_id: 'str!', ok: 'bool!', error_message: 'str' }),
  refundStarPayment: rules({ user_id: 'int!', telegram_payment_charge_id: 'str!' }),
  getStarTransactions: rules({ offset: 'int', limit: 'int' }),
  getMyStarBalance: rules({}),
  getAvailableGifts: rules({}),
  sendGift: rules({
    user_id: 'int',
    chat_id: 'chat',
    gift_id: 'str!',
    pay_for_upgrade: 'bool',
    text: 'str',
    text_parse_mode: 'str',
    text_entities: '@MessageEntity[]',
  }),
  giftPremiumSubscription: rules({
    user_id: 'int!',
    month_count: 'int!',
    star_count: 'int!',
    text: 'str',
    text_parse_mode: 'str',
    text_entities: '@MessageEntity[]',
  }),
})

/**
 * Objects checked field by field inside parameters (unknown fields inside objects are ignored, as the Bot API's
 * JSON parser does). Union types (BotCommandScope, MenuButton) list the fields of all their variants.
 */
export const OBJECT_RULES: Readonly<Record<string, Rules>> = Object.freeze({
  InlineKeyboardMarkup: rules({ inline_keyboard: '@InlineKeyboardButton[][]!' }),
  InlineKeyboardButton: rules({
    text: 'str!',
    icon_custom_emoji_id: 'str',
    style: 'str',
    url: 'str',
    callback_data: 'str',
    web_app: '@WebAppInfo',
    login_url: '@LoginUrl',
    switch_inline_query: 'str',
    switch_inline_query_current_chat: 'str',
    switch_inline_query_chosen_chat: '@SwitchInlineQueryChosenChat',
    copy_text: '@CopyTextButton',
    callback_game: '@CallbackGame',
    pay: 'bool',
  }),
  WebAppInfo: rules({ url: 'str!' }),
  LoginUrl: rules({ url: 'str!', forward_text: 'str', bot_username: 'str', request_write_access: 'bool' }),
  CopyTextButton: rules({ text: 'str!' }),
  ReplyKeyboardRemove: rules({ remove_keyboard: 'bool!', selective: 'bool' }),
  ForceReply: rules({ force_reply: 'bool!', input_field_placeholder: 'str', selective: 'bool' }),
  ReplyParameters: rules({
    message_id: 'int!',
    chat_id: 'chat',
    allow_sending_without_reply: 'bool',
    quote: 'str',
    quote_parse_mode: 'str',
    quote_entities: '@MessageEntity[]',
    quote_position: 'int',
    checklist_task_id: 'int',
    poll_option_id: 'str',
  }),
  LinkPreviewOptions: rules({
    is_disabled: 'bool',
    url: 'str',
    prefer_small_media: 'bool',
    prefer_large_media: 'bool',
    show_above_text: 'bool',
  }),
  MessageEntity: rules({
    type: 'str!',
    offset: 'int!',
    length: 'int!',
    url: 'str',
    user: '@User',
    language: 'str',
    custom_emoji_id: 'str',
    unix_time: 'int',
    date_time_format: 'str',
  }),
  BotCommand: rules({ command: 'str!', description: 'str!' }),
  LabeledPrice: rules({ label: 'str!', amount: 'int!' }),
  BotCommandScope: rules({ type: 'str!', chat_id: 'chat', user_id: 'int' }),
  MenuButton: rules({ type: 'str!', text: 'str', web_app: '@WebAppInfo' }),
})

/** The `Update` fields a bot may name in `allowed_updates`. */
export const UPDATE_TYPES: readonly string[] = Object.freeze([
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_connection',
  'business_message',
  'edited_business_message',
  'deleted_business_messages',
  'guest_message',
  'message_reaction',
  'message_reaction_count',
  'inline_query',
  'chosen_inline_result',
  'callback_query',
  'shipping_query',
  'pre_checkout_query',
  'purchased_paid_media',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
  'managed_bot',
])
