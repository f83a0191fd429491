// The command-line entry as one file: a cold `civic-data-bot ask` then loads one module instead of
// hundreds (zod, pino, undici ...), which is most of its start-up time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outdir: 'dist',
  entryNames: 'civic-data-bot',
  outExtension: { '.js': '.mjs' },
  // The portal HTTP stack is a separate chunk, loaded on the first dataset question.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (pino) still call require().
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
