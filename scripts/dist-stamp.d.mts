/** Where the stamp lives, relative to the repository root. */
export declare const STAMP: string
/** The one line printed when dist/ does not match the sources. */
export declare const STALE: string
/** The bundle's inputs, as paths relative to root with forward slashes, sorted. */
export declare function stampInputs(root: string): Promise<string[]>
/** SHA-256 (hex) over the inputs: one `<sha256 of content> <path>` line each, in path order. */
export declare function sourcesStamp(root: string): Promise<string>
/** Writes the stamp of the current sources into dist/. */
export declare function writeStamp(root: string): Promise<void>
/** True when dist/ carries the stamp of the current sources. */
export declare function distIsFresh(root: string): Promise<boolean>
