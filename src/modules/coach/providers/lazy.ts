/**
 * `make` run once, on the first call, and its promise shared by every later call; a rejected attempt is
 * forgotten so the next call tries again (a provider's SDK imported on the first request, not with the app).
 */
export function lazyRetrying<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    pending ??= make().catch((err: unknown) => {
      pending = undefined
      throw err
    })
    return pending
  }
}
