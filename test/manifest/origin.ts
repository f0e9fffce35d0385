import { createRequire } from "node:module";

/** The shape of scripts/origin.js, which is plain CommonJS so webpack.config.js can load it too. */
export interface OriginModule {
  readonly DEV_ORIGIN: string;
  productionOrigin(env?: Record<string, string | undefined>): string;
  rewriteOrigin(text: string, origin: string): string;
}

// scripts/origin.js ships no type declarations; loading it through createRequire keeps the one
// implementation the build uses, typed here, instead of a copy.
export const { DEV_ORIGIN, productionOrigin, rewriteOrigin } = createRequire(__filename)(
  "../../scripts/origin.js",
) as OriginModule;
