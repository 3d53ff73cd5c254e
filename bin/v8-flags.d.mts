/** V8 settings the application runs with (v8-flags.mjs). */
export declare const V8_FLAGS: readonly string[];
