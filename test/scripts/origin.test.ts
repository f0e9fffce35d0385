// eslint-disable-next-line @typescript-eslint/no-require-imports -- scripts/origin.js is CommonJS for webpack.config.js
const { DEV_ORIGIN, productionOrigin, rewriteOrigin } = require("../../scripts/origin") as {
  DEV_ORIGIN: string;
  productionOrigin(env: Record<string, string | undefined>): string;
  rewriteOrigin(text: string, origin: string): string;
};

describe("production origin", () => {
  it("keeps the dev origin when ADDIN_BASE_URL is unset", () => {
    expect(productionOrigin({})).toBe(DEV_ORIGIN);
  });

  it("drops a trailing slash but keeps a path prefix", () => {
    expect(productionOrigin({ ADDIN_BASE_URL: "https://cdn.example.com/graceful-leave/" })).toBe(
      "https://cdn.example.com/graceful-leave",
    );
  });

  it("refuses plain http because Office and Teams load add-ins over https only", () => {
    expect(() => productionOrigin({ ADDIN_BASE_URL: "http://example.com" })).toThrow(/must be https/);
  });

  it("keeps a bare origin an origin when the base has a path", () => {
    const out = rewriteOrigin(
      `<AppDomain>${DEV_ORIGIN}</AppDomain><SourceLocation DefaultValue="${DEV_ORIGIN}/tab.html"/>`,
      "https://cdn.example.com/gl",
    );
    expect(out).toBe(
      `<AppDomain>https://cdn.example.com</AppDomain><SourceLocation DefaultValue="https://cdn.example.com/gl/tab.html"/>`,
    );
  });

  it("rewrites full URLs and bare hosts so no localhost remains", () => {
    const text = `<SourceLocation DefaultValue="${DEV_ORIGIN}/taskpane.html"/> "validDomains": ["localhost:3000"]`;
    const out = rewriteOrigin(text, "https://addin.example.com");
    expect(out).toBe(
      `<SourceLocation DefaultValue="https://addin.example.com/taskpane.html"/> "validDomains": ["addin.example.com"]`,
    );
  });
});
