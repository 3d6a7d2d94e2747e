/**
 * JSON as Go's encoding/json writes it: no whitespace, and `<`, `>`, `&`,
 * U+2028 and U+2029 escaped. Byte-compatible output matters wherever a digest
 * or signature covers the JSON (cosign payloads, config blobs, manifests).
 * Key order is the caller's: build objects in Go's field order, or sort map keys.
 */
export function goJSON(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** A copy of a string map with its keys in byte order, as Go marshals maps. */
export function sortedMap(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = map[k]
  return out
}
