import type { Chat, Update, UserFromGetMe } from 'grammy/types'

/** Fixtures for tests that drive a bot without Telegram (`bot.handleUpdate`, webhook injects). */

/**
 * A getMe answer: grammY skips its own getMe call when `botInfo` is given. Every capability flag off.
 */
export function testBotInfo(id = 42): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: 'Test',
    username: 'test_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  }
}

/** A text message from user 7 (`A`), by default in their private chat; `id` is both update and message id. */
export function textUpdate(
  id: number,
  text = 'hello',
  chat: Chat = { id: 7, type: 'private', first_name: 'A' },
): Update {
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 1_700_000_000,
      chat,
      from: { id: 7, is_bot: false, first_name: 'A' },
      text,
    },
  } as Update
}
