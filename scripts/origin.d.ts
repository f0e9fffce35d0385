/** Types for scripts/origin.js (CommonJS so webpack.config.js can load it without a compiler). */
export declare const DEV_ORIGIN: string;
export declare function productionOrigin(env?: Record<string, string | undefined>): string;
export declare function rewriteOrigin(text: string, origin: string): string;
