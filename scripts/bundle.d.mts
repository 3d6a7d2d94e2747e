/** Modules a bundle loads at run time other than Node built-ins, as `file: specifier`. */
export declare function foreignImports(dir: string): string[]
/** The most an action's dist/ may weigh, in bytes. */
export declare const ACTION_BUNDLE_LIMIT: number
/** Bytes of every file in a bundle directory. */
export declare function bundleBytes(dir: string): number
/** Why an action's bundle is too large, or undefined. */
export declare function oversized(name: string, dir: string, limit?: number): string | undefined
