import type OpenAI from 'openai'
import { lazyRetrying } from './lazy.js'
import type { CoachProvider, ProviderOptions } from './types.js'

/**
 * OpenAI chat completions through the official SDK; works with any compatible server (OpenAI, Ollama,
 * vLLM, LM Studio) via `baseURL`. JSON mode is requested; the parser copes when a server ignores it.
 * No SDK retries: a slow or failing provider falls back to offline hints instead of keeping the user waiting.
 * The SDK is imported on the first request, not with the app (most bots run without the coach).
 */
export function createOpenAiProvider(opts: ProviderOptions): CoachProvider {
  const sdk = lazyRetrying(async (): Promise<OpenAI> => {
    const { default: Sdk } = await import('openai')
    return new Sdk({
      // local servers (Ollama, vLLM) accept any key; the SDK insists on one
      apiKey: opts.apiKey ?? 'not-needed',
      ...(opts.baseURL ? { baseURL: opts.baseURL } : {}),
      timeout: opts.timeoutMs,
      maxRetries: 0,
      logLevel: 'off',
    })
  })
  return {
    name: 'openai',
    model: opts.model,
    async complete({ system, user, signal }) {
      // imported on the first request; a failed import is tried again with the next one
      const client = await sdk()
      const res = await client.chat.completions.create(
        {
          model: opts.model,
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
          max_tokens: opts.maxTokens,
          temperature: 0.7,
          response_format: { type: 'json_object' },
        },
        signal ? { signal } : undefined,
      )
      return res.choices[0]?.message?.content ?? ''
    },
  }
}
