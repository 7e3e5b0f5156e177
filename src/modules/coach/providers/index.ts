import { createAnthropicProvider } from './anthropic.js'
import { createOpenAiProvider } from './openai.js'
import type { CoachProvider, ProviderOptions } from './types.js'

export type { CoachProvider, CompletionRequest, ProviderOptions } from './types.js'

/** The provider named by AI_PROVIDER. */
export function createProvider(kind: 'openai' | 'anthropic', opts: ProviderOptions): CoachProvider {
  return kind === 'anthropic' ? createAnthropicProvider(opts) : createOpenAiProvider(opts)
}
