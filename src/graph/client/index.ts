export { GraphClient } from "./GraphClient";
export type { GraphClientOptions, GraphRequest, GraphResponse, TokenProvider } from "./GraphClient";
export { GraphError, graphErrorFromResponse } from "./GraphError";
