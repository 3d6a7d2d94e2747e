/** The Snappy block format (snappyjs has no type declarations of its own). */
declare module 'snappyjs' {
  /** Decompresses a Snappy block; throws when the block is malformed or would exceed `maxLength` bytes. */
  export function uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T
  export function compress<T extends Uint8Array>(uncompressed: T): T
  const snappy: { uncompress: typeof uncompress; compress: typeof compress }
  export default snappy
}
