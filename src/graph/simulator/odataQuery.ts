import type { SimRequest } from "./SimRequest";
import { preference } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { badRequest, fail, json } from "./simResponse";

/** Names listed in $select, trimmed; undefined when there is no $select. */
export function selectedNames(req: SimRequest): string[] | undefined {
  const select = req.query["$select"];
  if (select === undefined) return undefined;
  return select
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * $select keeps the named properties and @odata.* annotations. Outlook items always bring their id
 * too; directory objects (/me, /me/manager) return only what was selected.
 */
export function project(
  item: Record<string, unknown>,
  names: string[] | undefined,
  keepId = true,
): Record<string, unknown> {
  if (!names) return item;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if ((keepId && key === "id") || key.includes("@odata.") || names.includes(key)) out[key] = value;
  }
  return out;
}

/**
 * Page size from $top (1..max) or Prefer: odata.maxpagesize, else Graph's observed default of 10.
 * Answers 400 for an invalid $top.
 */
export function pageSize(req: SimRequest, max: number, fallback = 10): number {
  const top = req.query["$top"];
  if (top !== undefined) {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 1)
      fail(badRequest(`Invalid value '${top}' for $top; it must be a positive integer.`));
    return Math.min(n, max);
  }
  const prefer = Number(preference(req, "odata.maxpagesize"));
  if (Number.isInteger(prefer) && prefer >= 1) return Math.min(prefer, max);
  return fallback;
}

/**
 * A page of a collection with an @odata.nextLink carrying every original option plus $skip, which the
 * client must follow verbatim. `context` is the @odata.context suffix after $metadata#.
 */
export function pagedCollection(
  req: SimRequest,
  items: Array<Record<string, unknown>>,
  size: number,
  context: string,
  extraHeaders: Record<string, string> = {},
): SimResponse {
  const skip = Number(req.query["$skip"] ?? "0");
  if (!Number.isInteger(skip) || skip < 0)
    return badRequest(`Invalid value '${req.query["$skip"]}' for $skip.`);
  const page = items.slice(skip, skip + size);
  const body: Record<string, unknown> = { "@odata.context": `${req.root}/$metadata#${context}` };
  if (skip + size < items.length) {
    const query = { ...req.query, $skip: String(skip + size) };
    body["@odata.nextLink"] = linkWithQuery(req.root, req.path, query);
  }
  body.value = page;
  return json(200, body, extraHeaders);
}

export function linkWithQuery(root: string, path: string, query: Record<string, string>): string {
  const qs = Object.entries(query)
    .map(([k, v]) => `${encodeURIComponent(k).replace(/%24/g, "$")}=${encodeURIComponent(v)}`)
    .join("&");
  return `${root}${encodePath(path)}${qs ? `?${qs}` : ""}`;
}

export function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ":").replace(/%40/g, "@"))
    .join("/");
}

/** Splits "a($filter=x eq 'y'),b" at top-level commas. */
export function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of value) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && ch === "(") depth += 1;
    if (!quoted && ch === ")") depth -= 1;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

/** Parses one $expand item: "extensions($filter=id eq 'X')" → { name: "extensions", filter: "id eq 'X'" }. */
export function parseExpandItem(item: string): { name: string; options: Record<string, string> } {
  const open = item.indexOf("(");
  if (open < 0) return { name: item.trim(), options: {} };
  const name = item.slice(0, open).trim();
  const inner = item.slice(open + 1, item.lastIndexOf(")"));
  const options: Record<string, string> = {};
  for (const part of inner.split(/;(?=(?:[^']*'[^']*')*[^']*$)/)) {
    const eq = part.indexOf("=");
    if (eq > 0) options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return { name, options };
}

/** The id in a `id eq 'X'` filter (the only nested filter Graph supports on extensions and extended properties). */
export function idEqualsFilter(filter: string | undefined): string | undefined {
  if (!filter) return undefined;
  const match = /^\s*id\s+eq\s+'((?:[^']|'')*)'\s*$/i.exec(filter);
  return match ? match[1]!.replace(/''/g, "'") : undefined;
}
