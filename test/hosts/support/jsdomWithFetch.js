// jsdom as the component tests use it, plus Node's own fetch classes: the Graph simulator answers
// with real Response objects, and the flow tests render the pane against it in one process.
const { TestEnvironment } = require("jest-environment-jsdom");

const FROM_NODE = [
  "fetch",
  "Request",
  "Response",
  "Headers",
  "FormData",
  "structuredClone",
  "ReadableStream",
  "AbortController",
  "AbortSignal",
];

class JsdomWithFetchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of FROM_NODE) {
      if (this.global[name] === undefined && globalThis[name] !== undefined)
        this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithFetchEnvironment;
