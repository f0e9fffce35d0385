import { documentedLaunchEvents } from "./documentedLaunchEvents";

/** What the rules need to know beyond the manifest itself. */
export interface ManifestExpectations {
  /** Every URL must start with this origin (no trailing slash). */
  readonly origin: string;
  /** Paths the origin serves; a URL to anything else is a typo or a missing page. */
  readonly servedPaths: ReadonlySet<string>;
  readonly commandFunctions: ReadonlySet<string>;
  readonly launchEventFunctions: ReadonlySet<string>;
}

function elements(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagName("*"));
}

function byName(root: Document | Element, localName: string): Element[] {
  return elements(root).filter((el) => el.localName === localName);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

/** LaunchEvent types the schema lets through but Outlook does not know. */
export function launchEventTypeProblems(doc: Document): string[] {
  return byName(doc, "LaunchEvent")
    .map((el) => el.getAttribute("Type") ?? "")
    .filter((type) => !documentedLaunchEvents.has(type))
    .map((type) => `LaunchEvent Type "${type}" is not a documented Outlook event`);
}

// Which Resources collection each kind of reference must point into.
const collectionFor: Record<string, string> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Override: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

/**
 * Each VersionOverrides block resolves resids against its own Resources only (a nested 1.1 block
 * replaces the 1.0 one wholesale), so every block must define what it references, in the right
 * collection, and define nothing it does not use.
 */
export function residProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const block of byName(doc, "VersionOverrides")) {
    const version = xsiType(block) ?? "VersionOverrides";
    const resources = Array.from(block.children).find((el) => el.localName === "Resources");
    const defined = new Map<string, string>();
    for (const collection of resources ? Array.from(resources.children) : []) {
      for (const item of Array.from(collection.children)) {
        const id = item.getAttribute("id");
        if (id !== null) defined.set(id, collection.localName);
      }
    }
    const used = new Set<string>();
    // References inside a nested block belong to that block, not to this one.
    for (const el of elements(block).filter((candidate) => nearestBlock(candidate) === block)) {
      const resid = el.getAttribute("resid");
      if (resid === null) continue;
      used.add(resid);
      const where = defined.get(resid);
      const expected = collectionFor[el.localName];
      if (where === undefined)
        problems.push(`${version}: resid "${resid}" on <${el.localName}> is not defined in its Resources`);
      else if (expected !== undefined && where !== expected)
        problems.push(
          `${version}: resid "${resid}" on <${el.localName}> points into ${where}, expected ${expected}`,
        );
    }
    for (const id of defined.keys()) {
      if (!used.has(id)) problems.push(`${version}: resource "${id}" is defined but never used`);
    }
    // The event runtime and the LaunchEvent extension point must name the same page.
    const runtimeIds = new Set(
      byName(block, "Runtime")
        .filter((el) => nearestBlock(el) === block)
        .map((el) => el.getAttribute("resid")),
    );
    for (const point of byName(block, "ExtensionPoint").filter(
      (el) => nearestBlock(el) === block && xsiType(el) === "LaunchEvent",
    )) {
      const source = Array.from(point.children)
        .find((el) => el.localName === "SourceLocation")
        ?.getAttribute("resid");
      if (!runtimeIds.has(source ?? null))
        problems.push(`${version}: LaunchEvent SourceLocation "${source}" has no matching <Runtime>`);
    }
  }
  return problems;
}

function nearestBlock(el: Element): Element | null {
  let node = el.parentElement;
  while (node !== null && node.localName !== "VersionOverrides") node = node.parentElement;
  return node;
}

/** Every URL the manifest holds, with where it came from. */
export function manifestUrls(doc: Document): { readonly where: string; readonly url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const el of elements(doc)) {
    const value = el.getAttribute("DefaultValue");
    if (value !== null && /^[a-z]+:\/\//i.test(value)) urls.push({ where: `<${el.localName}>`, url: value });
    // Locale overrides (<Override Locale="fr-FR" Value="..."/>) carry URLs too.
    if (el.localName === "Override") {
      const localized = el.getAttribute("Value");
      if (localized !== null && /^[a-z]+:\/\//i.test(localized))
        urls.push({ where: "<Override>", url: localized });
    }
  }
  return urls;
}

/** URLs must live on the add-in's origin, on a page it serves, and that origin must be an AppDomain. */
export function urlProblems(
  doc: Document,
  expect: Pick<ManifestExpectations, "origin" | "servedPaths">,
): string[] {
  const problems: string[] = [];
  const appDomains = byName(doc, "AppDomain").map((el) => (el.textContent ?? "").trim());
  const allowedHosts = new Set(appDomains.map((domain) => new URL(domain).host));
  for (const domain of appDomains) {
    if (domain !== expect.origin)
      problems.push(`AppDomain ${domain} is not the add-in origin ${expect.origin}`);
  }
  const base = new URL(expect.origin);
  const basePath = base.pathname.replace(/\/$/, "");
  for (const { where, url } of manifestUrls(doc)) {
    if (!url.startsWith(`${expect.origin}/`)) {
      problems.push(`${where} ${url} is not on ${expect.origin}`);
      continue;
    }
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") problems.push(`${where} ${url} is not https`);
    if (!allowedHosts.has(parsed.host))
      problems.push(`${where} ${url}: host ${parsed.host} is not in AppDomains`);
    const path = parsed.pathname.slice(basePath.length);
    if (!expect.servedPaths.has(path))
      problems.push(`${where} ${url}: ${path} is not a page the add-in serves`);
  }
  return problems;
}

/** Buttons call functions the FunctionFile registers; events call functions the event runtime registers. */
export function functionProblems(
  doc: Document,
  expect: Pick<ManifestExpectations, "commandFunctions" | "launchEventFunctions">,
): string[] {
  const problems: string[] = [];
  for (const el of byName(doc, "FunctionName")) {
    const name = (el.textContent ?? "").trim();
    if (!expect.commandFunctions.has(name))
      problems.push(`ExecuteFunction "${name}" is not registered by commands.html`);
  }
  for (const el of byName(doc, "LaunchEvent")) {
    const name = el.getAttribute("FunctionName") ?? "";
    if (!expect.launchEventFunctions.has(name))
      problems.push(
        `LaunchEvent handler "${name}" is not registered by the event runtime (launchevent.html/.js)`,
      );
  }
  return problems;
}

export function parseManifest(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error !== undefined) throw new Error(`manifest is not well-formed XML: ${error.textContent ?? ""}`);
  return doc;
}

/** The second check: everything the XSD cannot express. Empty when the manifest is sound. */
export function manifestProblems(xml: string, expect: ManifestExpectations): string[] {
  const doc = parseManifest(xml);
  return [
    ...launchEventTypeProblems(doc),
    ...residProblems(doc),
    ...urlProblems(doc, expect),
    ...functionProblems(doc, expect),
  ];
}
