import type { SimRequest } from "./SimRequest";
import { isRecord, preference } from "./SimRequest";
import type { SimResponse } from "./simResponse";
import { ianaZone } from "./simTime";
import { htmlToText, textToHtml } from "./htmlToText";

/**
 * The Outlook preferences of the Prefer header. Several may come in one header, comma-separated,
 * or in several Prefer headers, which fetch's Headers joins with ", " (see `preference`).
 */

export type BodyType = "text" | "html";

/** Prefer: outlook.timezone="…", when it names a zone the simulator knows. */
export function preferredTimeZone(req: SimRequest): string | undefined {
  const zone = preference(req, "outlook.timezone");
  return zone !== undefined && ianaZone(zone) !== undefined ? zone : undefined;
}

/**
 * Prefer: outlook.body-content-type="text" | "html" on a GET: body (and a message's uniqueBody)
 * come back in that format; without it they come as stored, HTML by default. [CV][LE] and
 * learn.microsoft.com/graph/api/resources/message ("Prefer: outlook.body-content-type").
 */
export function preferredBodyType(req: SimRequest): BodyType | undefined {
  if (req.method !== "GET") return undefined;
  const value = preference(req, "outlook.body-content-type")?.toLowerCase();
  return value === "text" || value === "html" ? value : undefined;
}

/** Converts the `body` and `uniqueBody` itemBody properties of a rendered item to the preferred type. */
export function applyBodyType(item: Record<string, unknown>, req: SimRequest): void {
  const wanted = preferredBodyType(req);
  if (wanted === undefined) return;
  for (const key of ["body", "uniqueBody"]) {
    const body = item[key];
    if (!isRecord(body) || typeof body.content !== "string") continue;
    const current = String(body.contentType ?? "html").toLowerCase();
    if (current === wanted) continue;
    item[key] = {
      contentType: wanted,
      content: wanted === "text" ? htmlToText(body.content) : textToHtml(body.content),
    };
  }
}

/**
 * A successful answer names each Outlook preference it honoured: `Preference-Applied:
 * outlook.timezone="…"` [LE], `outlook.body-content-type="text"` (or "html") [CV]. Several are
 * listed comma-separated, as one Prefer header lists them.
 */
export function withPreferenceApplied(res: SimResponse, req: SimRequest): SimResponse {
  if (res.status < 200 || res.status >= 300) return res;
  const applied: string[] = [];
  const zone = preferredTimeZone(req);
  if (zone !== undefined) applied.push(`outlook.timezone="${zone}"`);
  const bodyType = preferredBodyType(req);
  if (bodyType !== undefined) applied.push(`outlook.body-content-type="${bodyType}"`);
  if (applied.length === 0) return res;
  return { ...res, headers: { ...(res.headers ?? {}), "preference-applied": applied.join(", ") } };
}
