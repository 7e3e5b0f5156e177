declare module 'az' {
  type Tag = { [grammeme: string]: unknown; toString(): string }
  type Parse = { tag: Tag; score: number; parser: string; normalize(): Parse; toString(): string }
  type MorphFn = ((word: string, config?: Record<string, unknown>) => Parse[]) & {
    init(path: string, callback: (err: unknown) => void): void
  }
  const Az: {
    Morph: MorphFn
    load: (url: string, responseType: string, callback: (err: unknown, data?: unknown) => void) => void
  }
  export default Az
}
