import type { SimulatorState } from "./SimulatorState";
import type { SimRequest } from "./SimRequest";
import type { StoredFile } from "./simulatorTypes";
import type { SimResponse } from "./simResponse";
import { graphError, json } from "./simResponse";

const APPROOT_ID = "01SIMAPPROOT0000000000000000000000";
const DRIVE_ID = "b!SimulatedDrive0000000000000000000000000000000000000000000000";
/** Where the simulator serves file bytes after the 302, like OneDrive's preauthenticated download URL. */
export const DOWNLOAD_PREFIX = "/_sim/download/";

function guidFor(file: StoredFile): string {
  const hex = Array.from(file.id)
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .toUpperCase()
    .padStart(8, "0");
  return `${hex}-5A1E-4C0D-9B8A-${hex}${hex.slice(0, 4)}`;
}

/** OneDrive's tags: eTag covers metadata and content, cTag content only; both quoted strings. */
export function eTagOf(file: StoredFile): string {
  return `"{${guidFor(file)}},${file.version}"`;
}

export function cTagOf(file: StoredFile): string {
  return `"c:{${guidFor(file)}},${file.version}"`;
}

function origin(req: SimRequest): string {
  return new URL(req.root).origin;
}

function renderFile(req: SimRequest, file: StoredFile): Record<string, unknown> {
  return {
    "@odata.context": `${req.root}/$metadata#users('me')/drive/special/$entity`,
    "@microsoft.graph.downloadUrl": `${origin(req)}${DOWNLOAD_PREFIX}${encodeURIComponent(file.name)}?version=${file.version}`,
    createdDateTime: file.createdDateTime,
    eTag: eTagOf(file),
    id: file.id,
    lastModifiedDateTime: file.lastModifiedDateTime,
    name: file.name,
    size: file.content.byteLength,
    cTag: cTagOf(file),
    file: { mimeType: file.name.endsWith(".json") ? "application/json" : "application/octet-stream" },
    fileSystemInfo: {
      createdDateTime: file.createdDateTime,
      lastModifiedDateTime: file.lastModifiedDateTime,
    },
    parentReference: {
      driveType: "business",
      driveId: DRIVE_ID,
      id: APPROOT_ID,
      path: "/drive/root:/Apps/Graceful Leave",
    },
  };
}

const itemNotFound = (): SimResponse => graphError(404, "itemNotFound", "The resource could not be found.");

/** GET /me/drive/special/approot: created on first request, so it always exists. */
export function getAppRoot(state: SimulatorState, req: SimRequest): SimResponse {
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users('me')/drive/special/$entity`,
    id: APPROOT_ID,
    name: "Graceful Leave",
    eTag: `"{${APPROOT_ID}},1"`,
    folder: { childCount: state.files.size },
    specialFolder: { name: "approot" },
    parentReference: { driveType: "business", driveId: DRIVE_ID, path: "/drive/root:/Apps" },
  });
}

export function listAppRoot(state: SimulatorState, req: SimRequest): SimResponse {
  return json(200, {
    "@odata.context": `${req.root}/$metadata#users('me')/drive/special('approot')/children`,
    value: [...state.files.values()].map((f) => renderFile(req, f)),
  });
}

export function getAppFile(state: SimulatorState, req: SimRequest, name: string): SimResponse {
  const file = state.files.get(name);
  if (!file) return itemNotFound();
  return json(200, renderFile(req, file), { etag: eTagOf(file) });
}

/** GET …:/content answers 302 to a download URL (fetch follows it); If-None-Match on a current tag gives 304. */
export function getAppFileContent(state: SimulatorState, req: SimRequest, name: string): SimResponse {
  const file = state.files.get(name);
  if (!file) return itemNotFound();
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch !== undefined && tagMatches(ifNoneMatch, file))
    return { status: 304, headers: { etag: eTagOf(file) } };
  return {
    status: 302,
    headers: {
      location: `${origin(req)}${DOWNLOAD_PREFIX}${encodeURIComponent(file.name)}?version=${file.version}`,
    },
  };
}

/** The preauthenticated download: no Authorization needed, bytes as stored. */
export function download(state: SimulatorState, name: string): SimResponse {
  const file = state.files.get(name);
  if (!file) return itemNotFound();
  return {
    status: 200,
    headers: { "content-type": "application/octet-stream", etag: eTagOf(file) },
    body: file.content,
  };
}

/**
 * PUT …:/content. If-Match (eTag or cTag) that is stale → 412 resourceModified; If-None-Match: * on an
 * existing file → 412; conflictBehavior=fail on an existing file → 409. New file 201, replaced 200.
 */
export function putAppFileContent(state: SimulatorState, req: SimRequest, name: string): SimResponse {
  const existing = state.files.get(name);
  const ifMatch = req.headers["if-match"];
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifMatch !== undefined && ifMatch.trim() !== "*" && (!existing || !tagMatches(ifMatch, existing))) {
    return graphError(412, "resourceModified", "ETag does not match current item's value");
  }
  if (ifMatch?.trim() === "*" && !existing) return itemNotFound();
  if (
    ifNoneMatch !== undefined &&
    existing &&
    (ifNoneMatch.trim() === "*" || tagMatches(ifNoneMatch, existing))
  ) {
    return graphError(412, "resourceModified", "ETag does not match current item's value");
  }
  if (existing && req.query["@microsoft.graph.conflictBehavior"] === "fail") {
    return graphError(409, "nameAlreadyExists", "The specified item name already exists.");
  }
  const { file, created } = state.writeFile(name, req.bodyBytes ?? new Uint8Array());
  return json(created ? 201 : 200, renderFile(req, file), { etag: eTagOf(file) });
}

export function deleteAppFile(state: SimulatorState, req: SimRequest, name: string): SimResponse {
  const file = state.files.get(name);
  if (!file) return itemNotFound();
  const ifMatch = req.headers["if-match"];
  if (ifMatch !== undefined && ifMatch.trim() !== "*" && !tagMatches(ifMatch, file)) {
    return graphError(412, "resourceModified", "ETag does not match current item's value");
  }
  state.files.delete(name);
  return { status: 204 };
}

function tagMatches(header: string, file: StoredFile): boolean {
  const tags = header.split(",").map((t) => t.trim().replace(/^W\//, ""));
  // Tags contain commas themselves ("{GUID},6"), so compare against the whole header as well.
  const whole = header.trim().replace(/^W\//, "");
  return [eTagOf(file), cTagOf(file)].some((tag) => tag === whole || tags.includes(tag));
}
