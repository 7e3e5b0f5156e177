/** What a provider needs for one hint: the (anonymised) prompt and a deadline. */
export type CompletionRequest = {
  system: string
  user: string
  /** Aborted when the coach's overall deadline passes. */
  signal?: AbortSignal
}

/**
 * An LLM behind one small function. Implementations wrap the official SDKs; anything thrown (HTTP errors,
 * timeouts, aborts) is treated by the coach as a provider failure and answered from the offline library.
 */
export type CoachProvider = {
  name: 'openai' | 'anthropic'
  model: string
  complete(req: CompletionRequest): Promise<string>
}

export type ProviderOptions = {
  /** OpenAI-compatible: the API root including `/v1` (Ollama: http://localhost:11434/v1). Anthropic: the host root. */
  baseURL?: string
  apiKey?: string
  model: string
  timeoutMs: number
  maxTokens: number
}
