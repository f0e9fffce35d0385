/**
 * The Graph contract check: resolves each request the code sent to the simulator against the Graph
 * v1.0 CSDL (../shared/graph/v1.0-Prod.csdl, read at test time and never copied into the repo).
 * Paths walk singleton → navigation/structural properties → keys, bound functions (delta) and type
 * casts; $select/$expand/$filter/$orderby names and JSON body property paths must exist on the type
 * reached (base types included). Anything unknown is reported as a problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RecordedRequest } from "../../src/graph/simulator";
// The same top-level comma split the simulator uses to read $select and $expand.
import { splitTopLevel } from "../../src/graph/simulator/odataQuery";

export const CSDL_PATH = resolve(__dirname, "../../../shared/graph/v1.0-Prod.csdl");

interface TypeDef {
  name: string;
  base?: string;
  open: boolean;
  /** Structural properties and navigation properties by name → type ("Collection(…)" kept). */
  members: Map<string, string>;
}

interface Operation {
  name: string;
  binding: string;
  returns?: string;
  params: string[];
}

export interface CsdlModel {
  types: Map<string, TypeDef>;
  /** Bound operations by binding type ("microsoft.graph.user" or "Collection(microsoft.graph.event)"). */
  operations: Map<string, Operation[]>;
  roots: Map<string, string>;
  /** How long the one parse took, reported by the teardown. */
  parseMs: number;
}

let cached: CsdlModel | undefined;

/** Parses the CSDL once per process with a single pass of a tag regex (no XML DOM: the file is 3.4 MB). */
export function loadCsdl(path = CSDL_PATH): CsdlModel | undefined {
  if (cached) return cached;
  if (!existsSync(path)) return undefined;
  const started = performance.now();
  const text = readFileSync(path, "utf8");
  const types = new Map<string, TypeDef>();
  const operations = new Map<string, Operation[]>();
  const roots = new Map<string, string>();
  const aliases = new Map<string, string>();
  let namespace = "";
  let currentType: TypeDef | undefined;
  let currentOp: (Operation & { bound: boolean }) | undefined;
  const tag =
    /<(\/?)(Schema|EntityType|ComplexType|Property|NavigationProperty|Function|Action|Parameter|ReturnType|Singleton|EntitySet)\b([^>]*?)(\/?)>/g;
  const attr = /(\w+)="([^"]*)"/g;
  const qualify = (name: string): string => {
    const inner = /^Collection\((.*)\)$/.exec(name);
    if (inner) return `Collection(${qualify(inner[1]!)})`;
    const dot = name.lastIndexOf(".");
    if (dot < 0) return name;
    const prefix = name.slice(0, dot);
    return `${aliases.get(prefix) ?? prefix}${name.slice(dot)}`;
  };
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const [, closing, element, rawAttrs, selfClosing] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    if (closing) {
      if (element === "EntityType" || element === "ComplexType") currentType = undefined;
      if ((element === "Function" || element === "Action") && currentOp) {
        if (currentOp.bound) {
          const list = operations.get(currentOp.binding) ?? [];
          list.push(currentOp);
          operations.set(currentOp.binding, list);
        }
        currentOp = undefined;
      }
      continue;
    }
    const a: Record<string, string> = {};
    attr.lastIndex = 0;
    for (let x = attr.exec(rawAttrs); x; x = attr.exec(rawAttrs)) a[x[1]!] = x[2]!;
    switch (element) {
      case "Schema":
        namespace = a.Namespace ?? "";
        if (a.Alias) aliases.set(a.Alias, namespace);
        break;
      case "EntityType":
      case "ComplexType": {
        const def: TypeDef = {
          name: `${namespace}.${a.Name}`,
          ...(a.BaseType ? { base: a.BaseType } : {}),
          open: a.OpenType === "true",
          members: new Map(),
        };
        types.set(def.name, def);
        currentType = selfClosing ? undefined : def;
        break;
      }
      case "Property":
      case "NavigationProperty":
        if (currentType && a.Name && a.Type) currentType.members.set(a.Name, a.Type);
        break;
      case "Function":
      case "Action":
        currentOp = { name: a.Name ?? "", binding: "", params: [], bound: a.IsBound === "true" };
        break;
      case "Parameter":
        if (currentOp) {
          if (currentOp.binding === "" && currentOp.bound) currentOp.binding = a.Type ?? "";
          else currentOp.params.push(a.Name ?? "");
        }
        break;
      case "ReturnType":
        if (currentOp && a.Type) currentOp.returns = a.Type;
        break;
      case "Singleton":
        if (a.Name && a.Type) roots.set(a.Name, a.Type);
        break;
      case "EntitySet":
        if (a.Name && a.EntityType) roots.set(a.Name, `Collection(${a.EntityType})`);
        break;
    }
  }
  // Aliases are known only after their Schema tag; qualify every stored name once at the end.
  for (const def of types.values()) {
    if (def.base) def.base = qualify(def.base);
    for (const [k, v] of def.members) def.members.set(k, qualify(v));
  }
  const qualifiedOps = new Map<string, Operation[]>();
  for (const list of operations.values()) {
    for (const op of list) {
      const binding = qualify(op.binding);
      const entry = { ...op, binding, ...(op.returns ? { returns: qualify(op.returns) } : {}) };
      qualifiedOps.set(binding, [...(qualifiedOps.get(binding) ?? []), entry]);
    }
  }
  for (const [k, v] of roots) roots.set(k, qualify(v));
  cached = { types, operations: qualifiedOps, roots, parseMs: performance.now() - started };
  return cached;
}

interface Target {
  type: string;
  collection: boolean;
}

const SYSTEM_OPTIONS = new Set([
  "$select",
  "$expand",
  "$filter",
  "$orderby",
  "$top",
  "$skip",
  "$count",
  "$search",
  "$skiptoken",
  "$deltatoken",
  "$format",
]);
const FILTER_WORDS = new Set([
  "eq",
  "ne",
  "gt",
  "ge",
  "lt",
  "le",
  "and",
  "or",
  "not",
  "has",
  "in",
  "any",
  "all",
  "true",
  "false",
  "null",
  "asc",
  "desc",
]);

/**
 * Custom (non-$) query options Graph documents on specific resources, keyed by the path's last
 * segments. The CSDL cannot declare these, so they are listed here with their source.
 */
const CUSTOM_OPTIONS: Array<[RegExp, string[]]> = [
  [/\/calendarView(\/delta)?$/i, ["startDateTime", "endDateTime"]], // user-list-calendarview, event-delta
  [/\/messages\/delta$/i, ["changeType"]], // message-delta
  [/:\/content$/, ["@microsoft.graph.conflictBehavior"]], // driveitem-put-content
];

export class ContractChecker {
  constructor(private readonly model: CsdlModel) {}

  private typeDef(name: string): TypeDef | undefined {
    return this.model.types.get(name);
  }

  /**
   * Looks a member up on a type and its base types. URL names resolve case-insensitively, as Graph's
   * do (its own docs write `Extensions/any(…)`); JSON body names must match exactly.
   */
  member(typeName: string, name: string, anyCase = false): string | undefined {
    for (let t = this.typeDef(typeName); t; t = t.base ? this.typeDef(t.base) : undefined) {
      const found = t.members.get(name);
      if (found) return found;
      if (anyCase) {
        const lower = name.toLowerCase();
        for (const [key, type] of t.members) if (key.toLowerCase() === lower) return type;
      }
    }
    return undefined;
  }

  private derivesFrom(typeName: string, base: string): boolean {
    for (let t = this.typeDef(typeName); t; t = t.base ? this.typeDef(t.base) : undefined)
      if (t.name === base) return true;
    return false;
  }

  /**
   * Open types accept any property. Graph marks event and driveItem open for its own annotations,
   * yet answers 400 to names it does not declare, so only open extensions count as open here.
   */
  private isOpen(typeName: string): boolean {
    return this.derivesFrom(typeName, "microsoft.graph.openTypeExtension");
  }

  private operation(target: Target, name: string): Operation | undefined {
    const bare = name.replace(/^microsoft\.graph\./, "");
    for (let t = this.typeDef(target.type); t; t = t.base ? this.typeDef(t.base) : undefined) {
      const binding = target.collection ? `Collection(${t.name})` : t.name;
      const op = this.model.operations.get(binding)?.find((o) => o.name === bare);
      if (op) return op;
    }
    return undefined;
  }

  private nearName(target: Target, segment: string): string | undefined {
    const names: string[] = [...WELL_KNOWN_KEYS];
    for (let t = this.typeDef(target.type); t; t = t.base ? this.typeDef(t.base) : undefined) {
      for (const op of this.model.operations.get(`Collection(${t.name})`) ?? []) names.push(op.name);
    }
    const lower = segment.toLowerCase();
    if (names.some((n) => n.toLowerCase() === lower)) return undefined;
    return names.find((n) => n.length >= 4 && editDistance(n.toLowerCase(), lower) <= 2);
  }

  private static split(type: string): Target {
    const inner = /^Collection\((.*)\)$/.exec(type);
    return inner ? { type: inner[1]!, collection: true } : { type, collection: false };
  }

  /** Resolves a version-relative path; returns the target or a problem message. */
  resolvePath(path: string): { target?: Target; problem?: string; lastOp?: Operation } {
    let rest = path;
    let itemPath: string | undefined;
    // OneDrive path addressing: …/approot:/folder/file.json:/content
    const addressed = /^(.*?):\/(.+?)(?::(\/.*)?)?$/.exec(path);
    if (addressed) {
      rest = addressed[1]!;
      itemPath = addressed[3] ?? "";
    }
    const segments = rest.split("/").filter(Boolean);
    const first = segments.shift();
    if (first === undefined) return { problem: "empty path" };
    const rootType = this.model.roots.get(first);
    if (!rootType) return { problem: `unknown root '${first}'` };
    let target = ContractChecker.split(rootType);
    let lastOp: Operation | undefined;
    const walk = (segment: string): string | undefined => {
      if (segment === "$value" || segment === "$count" || segment === "$ref") return undefined;
      const op = this.operation(target, segment);
      if (op) {
        lastOp = op;
        if (!op.returns) return `operation '${segment}' returns nothing to continue from`;
        target = ContractChecker.split(op.returns);
        return undefined;
      }
      if (segment.includes(".") && this.typeDef(segment)) {
        if (!this.derivesFrom(segment, target.type))
          return `'${segment}' does not derive from ${target.type}`;
        target = { ...target, type: segment };
        return undefined;
      }
      if (target.collection) {
        // Any segment after a collection could be a key, so a misspelt "delta" or "inbox" would pass
        // silently; a key within two edits of a bound operation or well-known name is called out.
        const near = this.nearName(target, segment);
        if (near) return `'${segment}' is taken as a key but looks like a misspelling of '${near}'`;
        target = { type: target.type, collection: false };
        return undefined; // a key
      }
      const member = this.member(target.type, segment, true);
      if (!member) return `'${segment}' is not a property of ${target.type}`;
      target = ContractChecker.split(member);
      lastOp = undefined;
      return undefined;
    };
    for (const segment of segments) {
      const problem = walk(segment);
      if (problem) return { problem };
    }
    if (itemPath !== undefined) {
      if (target.collection || target.type !== "microsoft.graph.driveItem") {
        return { problem: `path addressing ':/…:' needs a driveItem, found ${target.type}` };
      }
      for (const segment of itemPath.split("/").filter(Boolean)) {
        const problem = walk(segment);
        if (problem) return { problem };
      }
    }
    return { target, ...(lastOp ? { lastOp } : {}) };
  }

  /**
   * Graph lets $select name properties of derived types on a base-typed result (/me/manager is a
   * directoryObject, `$select=displayName,mail` picks the user's), so $select also looks there.
   */
  private onDerivedType(typeName: string, name: string): boolean {
    for (const def of this.model.types.values()) {
      if (def.name !== typeName && this.derivesFrom(def.name, typeName) && this.member(def.name, name, true))
        return true;
    }
    return false;
  }

  /** Resolves "a/b/c" through properties (complex and navigation); returns the final type or undefined. */
  resolveMemberPath(typeName: string, path: string, anyCase = true): string | undefined {
    let type = typeName;
    for (const segment of path.split("/")) {
      if (this.isOpen(type)) return "Edm.Untyped";
      if (segment.includes(".") && this.typeDef(segment)) {
        if (!this.derivesFrom(segment, type)) return undefined;
        type = segment;
        continue;
      }
      const member = this.member(type, segment, anyCase);
      if (!member) return undefined;
      type = ContractChecker.split(member).type;
    }
    return type;
  }

  /** Checks a $filter expression's property paths (lambda variables resolve to their collection's element type). */
  private checkFilter(typeName: string, filter: string, where: string): string[] {
    const problems: string[] = [];
    const text = filter
      .replace(/'(?:[^']|'')*'/g, " ")
      .replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, " ");
    const vars = new Map<string, string>();
    for (const lambda of text.matchAll(/([A-Za-z_][\w./]*)\/(any|all)\(\s*(\w+)\s*:/gi)) {
      const collection = this.resolveMemberPath(typeName, lambda[1]!);
      if (collection === undefined)
        problems.push(`${where}: '${lambda[1]}' is not a property of ${typeName}`);
      else vars.set(lambda[3]!, collection);
    }
    const withoutLambdaHeads = text.replace(/([A-Za-z_][\w./]*)\/(any|all)\(\s*\w+\s*:/gi, " ( ");
    for (const token of withoutLambdaHeads.matchAll(
      /(?<![\w.:-])([A-Za-z_][\w.]*(?:\/[A-Za-z_][\w.]*)*)(?!\s*\()/g,
    )) {
      const path = token[1]!;
      if (FILTER_WORDS.has(path.toLowerCase())) continue;
      const [head, ...tail] = path.split("/");
      if (vars.has(head!)) {
        if (tail.length > 0 && this.resolveMemberPath(vars.get(head!)!, tail.join("/")) === undefined) {
          problems.push(`${where}: '${tail.join("/")}' is not a property of ${vars.get(head!)}`);
        }
        continue;
      }
      if (this.resolveMemberPath(typeName, path) === undefined)
        problems.push(`${where}: '${path}' is not a property of ${typeName}`);
    }
    return problems;
  }

  private checkSelectExpand(typeName: string, query: Record<string, string>, where: string): string[] {
    const problems: string[] = [];
    for (const name of (query["$select"] ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (this.resolveMemberPath(typeName, name) === undefined && !this.onDerivedType(typeName, name)) {
        problems.push(`${where}$select: '${name}' is not a property of ${typeName}`);
      }
    }
    for (const item of splitTopLevel(query["$expand"] ?? "")) {
      const open = item.indexOf("(");
      const path = (open < 0 ? item : item.slice(0, open)).trim();
      const navType = this.resolveMemberPath(typeName, path);
      if (navType === undefined) {
        problems.push(`${where}$expand: '${path}' is not a navigation property of ${typeName}`);
        continue;
      }
      if (open >= 0) {
        const inner: Record<string, string> = {};
        for (const part of item
          .slice(open + 1, item.lastIndexOf(")"))
          .split(/;(?=(?:[^']*'[^']*')*[^']*$)/)) {
          const eq = part.indexOf("=");
          if (eq > 0) inner[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
        }
        problems.push(...this.checkSelectExpand(navType, inner, `${where}$expand(${path})/`));
        if (inner["$filter"])
          problems.push(...this.checkFilter(navType, inner["$filter"], `${where}$expand(${path})/$filter`));
      }
    }
    return problems;
  }

  /** All problems with one recorded request; empty when Graph v1.0 knows every name in it. */
  check(request: Pick<RecordedRequest, "method" | "path" | "query" | "bodyProperties">): string[] {
    if (request.path === "/$batch") return [];
    const { target, problem, lastOp } = this.resolvePath(request.path);
    if (problem || !target) return [`path ${request.path}: ${problem ?? "unresolved"}`];
    const problems: string[] = [];
    for (const [option, value] of Object.entries(request.query)) {
      if (option.startsWith("$")) {
        if (!SYSTEM_OPTIONS.has(option))
          problems.push(`query option '${option}' is not an OData system option`);
        continue;
      }
      const documented = CUSTOM_OPTIONS.some(
        ([pattern, names]) => pattern.test(request.path) && names.includes(option),
      );
      if (!documented && !(lastOp?.params.includes(option) ?? false)) {
        problems.push(`query option '${option}=${value}' is not documented for ${request.path}`);
      }
    }
    problems.push(...this.checkSelectExpand(target.type, request.query, ""));
    if (request.query["$filter"])
      problems.push(...this.checkFilter(target.type, request.query["$filter"], "$filter"));
    for (const order of (request.query["$orderby"] ?? "")
      .split(",")
      .map((s) => s.trim().split(/\s+/)[0]!)
      .filter(Boolean)) {
      if (this.resolveMemberPath(target.type, order) === undefined)
        problems.push(`$orderby: '${order}' is not a property of ${target.type}`);
    }
    for (const bodyPath of request.bodyProperties) {
      const segments = bodyPath.split("/").map((s) => s.replace(/^#/, ""));
      if (lastOp && request.method === "POST") {
        if (!lastOp.params.includes(segments[0]!))
          problems.push(`body '${segments[0]}' is not a parameter of ${lastOp.name}`);
        continue;
      }
      if (this.resolveMemberPath(target.type, segments.join("/"), false) === undefined) {
        problems.push(`body property '${bodyPath}' is not defined on ${target.type}`);
      }
    }
    return problems.map((p) => `${request.method} ${request.path}: ${p}`);
  }
}

/** Well-known mail folder names and drive special folders, which stand in for ids in paths. */
const WELL_KNOWN_KEYS = [
  "inbox",
  "drafts",
  "sentitems",
  "deleteditems",
  "archive",
  "junkemail",
  "outbox",
  "msgfolderroot",
  "approot",
  "documents",
  "photos",
  "cameraroll",
  "music",
  "recordings",
];

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
