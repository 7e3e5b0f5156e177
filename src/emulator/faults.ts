/** A Bot API fault: the next `count` matching calls fail (or are delayed) instead of executing. */
export interface ApiFault {
  id: number
  method?: string
  chatId?: number
  /** HTTP status / error_code to answer with; `0` closes the connection without a response; absent = only delay. */
  status?: number
  count: number
  delayMs?: number
  description?: string
  retryAfter?: number
}

const DEFAULT_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad Request: emulated fault',
  401: 'Unauthorized',
  403: 'Forbidden: bot was blocked by the user',
  404: 'Not Found',
  409: 'Conflict: emulated fault',
  429: 'Too Many Requests: retry after 1',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
}

export function defaultFaultDescription(status: number, retryAfter?: number): string {
  if (status === 429) return `Too Many Requests: retry after ${retryAfter ?? 1}`
  return DEFAULT_DESCRIPTIONS[status] ?? `Emulated error ${status}`
}

/** Ordered fault rules; the first rule matching a call is consumed. */
export function createFaults() {
  const rules: ApiFault[] = []
  let nextId = 1
  return {
    rules,
    add(rule: Omit<ApiFault, 'id'>): ApiFault {
      const full = { ...rule, id: nextId++ }
      rules.push(full)
      return full
    },
    take(method: string, chatId: number | undefined): ApiFault | undefined {
      const idx = rules.findIndex(
        (r) =>
          (r.method === undefined || r.method.toLowerCase() === method.toLowerCase()) &&
          (r.chatId === undefined || r.chatId === chatId),
      )
      if (idx < 0) return undefined
      const rule = rules[idx]!
      rule.count--
      if (rule.count <= 0) rules.splice(idx, 1)
      return rule
    },
    clear() {
      rules.length = 0
    },
  }
}

export type Faults = ReturnType<typeof createFaults>
