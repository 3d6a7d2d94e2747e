/** JSON Lines: files holding one JSON document a line, as gh writes trusted roots and bundles. */

/**
 * The non-empty lines of `text` when it holds several JSON documents one a
 * line; undefined when it is one JSON document (pretty-printed or not), or
 * has at most one non-empty line. The lines themselves are not parsed here.
 */
export function jsonLines(text: string): string[] | undefined {
  const lines = text.split('\n').filter(line => line.trim() !== '')
  if (lines.length <= 1) return undefined
  try {
    JSON.parse(text)
    return undefined
  } catch {
    return lines
  }
}
