import type Anthropic from '@anthropic-ai/sdk'
import { lazyRetrying } from './lazy.js'
import type { CoachProvider, ProviderOptions } from './types.js'

/**
 * Anthropic Messages API through the official SDK. Explicit key/baseURL, no retries, no SDK logging or
 * telemetry: the prompt (already anonymised) is the only thing that leaves the process. The SDK is imported
 * on the first request, not with the app: most bots run without the coach or with the other provider.
 */
export function createAnthropicProvider(opts: ProviderOptions): CoachProvider {
  const sdk = lazyRetrying(async (): Promise<Anthropic> => {
    const { default: Sdk } = await import('@anthropic-ai/sdk')
    return new Sdk({
      apiKey: opts.apiKey ?? null,
      ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
      timeout: opts.timeoutMs,
      maxRetries: 0,
      logLevel: 'off',
      openTelemetry: false,
    })
  })
  return {
    name: 'anthropic',
    model: opts.model,
    async complete({ system, user, signal }) {
      // imported on the first request; a failed import is tried again with the next one
      const client = await sdk()
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
