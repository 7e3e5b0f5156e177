/** Parameters Telegram attaches to some errors (flood control, group migration). */
export interface ResponseParameters {
  retry_after?: number
  migrate_to_chat_id?: number
}

/**
 * A Bot API failure rendered as Telegram's envelope `{ ok: false, error_code, description, parameters? }`.
 * Method handlers throw it; the HTTP layer turns it into the response with `error_code` as HTTP status.
 */
export class BotApiError extends Error {
  override name = 'BotApiError'
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description)
  }
}

/** `400 Bad Request: <detail>` exactly as Telegram phrases it. */
export function badRequest(detail: string): BotApiError {
  return new BotApiError(400, `Bad Request: ${detail}`)
}

/** `403 Forbidden: <detail>`. */
export function forbidden(detail: string): BotApiError {
  return new BotApiError(403, `Forbidden: ${detail}`)
}

/**
 * Thrown by control endpoints for misuse (unknown user, missing button, ...); rendered as `{ error }`, or as
 * `body` when given (e.g. `pay` on a paid invoice answers `{ ok: false, error: 'already_paid' }` like its other
 * outcomes).
 */
export class ControlError extends Error {
  override name = 'ControlError'
  constructor(
    readonly status: number,
    message: string,
    readonly body?: Record<string, unknown>,
  ) {
    super(message)
  }
}
