/**
 * Compiles a TypeScript entry point and every project module it imports
 * (relative imports) to plain ES modules, so a child process can run seal's
 * code on bare node: no TypeScript loader in its startup time or memory.
 * Package imports are left as they are and resolve from the project's
 * node_modules (the output lives under node_modules/.cache).
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'

import ts from 'typescript'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'seal-bench')

const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g

/** The relative module specifiers a source imports (static, side-effect and dynamic imports, re-exports). */
export function relativeImports(source: string): string[] {
  return [...new Set([...source.matchAll(RELATIVE_IMPORT)].map(m => m[1]))]
}

/** The TypeScript file a `.js` specifier stands for. */
function sourceFor(fromFile: string, specifier: string): string {
  const target = resolve(dirname(fromFile), specifier)
  const ts = target.replace(/\.js$/, '.ts')
  if (existsSync(ts)) return ts
  if (existsSync(target)) return target
  throw new Error(`${relative(ROOT, fromFile)} imports ${specifier}, which does not exist`)
}

/**
 * Transpiles `entry` (a path under the project) and its relative imports into
 * CACHE_DIR, keeping the layout; returns the compiled entry's path.
 */
export async function transpileClosure(entry: string, outDir = CACHE_DIR): Promise<string> {
  const queue = [resolve(entry)]
  const done = new Set<string>()
  await mkdir(outDir, { recursive: true })
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n')
  while (queue.length > 0) {
    const file = queue.pop()!
    if (done.has(file)) continue
    done.add(file)
    const source = await readFile(file, 'utf8')
    for (const spec of relativeImports(source)) queue.push(sourceFor(file, spec))
    const out = join(outDir, relative(ROOT, file)).replace(/\.ts$/, '.js')
    const js = file.endsWith('.ts')
      ? ts.transpileModule(source, {
          fileName: file,
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true, sourceMap: false }
        }).outputText
      : source
    await mkdir(dirname(out), { recursive: true })
    await writeFile(out, js)
  }
  return join(outDir, relative(ROOT, resolve(entry))).replace(/\.ts$/, '.js')
}
