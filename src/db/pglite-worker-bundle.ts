import { fileURLToPath } from 'node:url'

let bundled: Promise<URL> | undefined

/**
 * The worker thread's code when the app runs from TypeScript (`tsx`, vitest): pglite-worker-thread.ts and the
 * project files it imports compiled by esbuild into one ES module (a `data:` URL), every package import left as
 * an import of the file the main thread resolves it to. The thread then runs plain JavaScript: loading tsx's
 * loader in it instead (Node 20 does not pass the parent's loader on to workers) started a second loader thread
 * and transpiler, +65–180 MiB of RSS for the worker alone. Built once per process (~0.1 s); dist/ runs the
 * compiled pglite-worker-thread.js and never gets here.
 */
export function bundledWorkerThread(): Promise<URL> {
  bundled ??= build()
  return bundled
}

async function build(): Promise<URL> {
  const esbuild = await import('esbuild')
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./pglite-worker-thread.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'packages-by-url',
        setup(b) {
          // a data: module can import only absolute URLs and built-ins, not bare specifiers
          b.onResolve({ filter: /^[^./]/ }, ({ path }) => ({
            path: path.startsWith('node:') ? path : import.meta.resolve(path),
            external: true,
          }))
        },
      },
    ],
  })
  // its service process is started again by whoever calls esbuild next
  await esbuild.stop()
  const code = result.outputFiles[0]?.text
  if (!code) throw new Error('pglite worker: esbuild produced no output')
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
