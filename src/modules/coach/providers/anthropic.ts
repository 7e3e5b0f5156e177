import Anthropic from '@anthropic-ai/sdk'
import type { CoachProvider, ProviderOptions } from './types.js'

/**
 * Anthropic Messages API through the official SDK. Explicit key/baseURL, no retries, no SDK logging or
 * telemetry: the prompt (already anonymised) is the only thing that leaves the process.
 */
export function createAnthropicProvider(opts: ProviderOptions): CoachProvider {
  const client = new Anthropic({
    apiKey: opts.apiKey ?? null,
    ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
    timeout: opts.timeoutMs,
    maxRetries: 0,
    logLevel: 'off',
    openTelemetry: false,
  })
  return {
    name: 'anthropic',
    model: opts.model,
    async complete({ system, user, signal }) {
      const res = await client.messages.create(
        {
          model: opts.model,
          max_tokens: opts.maxTokens,
          system,
          messages: [{ role: 'user', content: user }],
        },
        signal ? { signal } : undefined,
      )
      return res.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('\n')
    },
  }
}
