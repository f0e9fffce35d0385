/**
 * Which of several fixed keyword groups occur in a text, found in one pass (an Aho–Corasick
 * automaton over UTF-16 units). The party and people readers gate their costlier patterns on
 * these groups: a pattern whose every match contains one of its group's words is skipped when
 * none of them occurs. One pass over the text replaces a scan per gate, which is what made the
 * gates cost as much as the patterns they guard.
 *
 * Keywords match as exact substrings; callers pass text in the case the keywords are written in
 * (lower-cased or folded text for lower-case keywords). A pass reads the whole text, so a single
 * gate that usually matches early is cheaper as a regex with its early exit.
 */
export class KeywordScan<G extends string> {
  private readonly groups: readonly G[];
  /** Alphabet index of a unit below 256; units outside the alphabet map to 0 (no keyword has them). */
  private readonly low = new Uint16Array(256);
  private readonly high = new Map<number, number>();
  private readonly width: number;
  private readonly next: Int32Array;
  /** Transitions on units below 256, indexed state * 256 + unit: the common case in one load. */
  private readonly byte: Int32Array;
  private readonly out: Int32Array;

  constructor(spec: Record<G, readonly string[]>) {
    this.groups = Object.keys(spec) as G[];
    if (this.groups.length > 31) throw new Error("KeywordScan: at most 31 groups");
    // Alphabet: every unit used by a keyword, numbered from 1.
    let width = 1;
    const classOf = (unit: number): number => {
      if (unit < 256) {
        if (!this.low[unit]) this.low[unit] = width++;
        return this.low[unit] ?? 0;
      }
      let c = this.high.get(unit);
      if (c === undefined) {
        c = width++;
        this.high.set(unit, c);
      }
      return c;
    };
    const words: [number[], number][] = [];
    this.groups.forEach((g, bit) => {
      for (const w of spec[g]) {
        if (!w) throw new Error(`KeywordScan: empty keyword in ${g}`);
        words.push([[...Array(w.length).keys()].map((i) => classOf(w.charCodeAt(i))), 1 << bit]);
      }
    });
    this.width = width;
    // Trie of the keywords, then failure links turn it into a complete automaton.
    const goto: number[][] = [[]];
    const out: number[] = [0];
    for (const [units, mask] of words) {
      let s = 0;
      for (const u of units) {
        let t = goto[s]![u];
        if (t === undefined) {
          t = goto.length;
          goto.push([]);
          out.push(0);
          goto[s]![u] = t;
        }
        s = t;
      }
      out[s]! |= mask;
    }
    const n = goto.length;
    const next = new Int32Array(n * width);
    const fail = new Int32Array(n);
    const order: number[] = [];
    for (let u = 0; u < width; u++) {
      const t = goto[0]![u];
      next[u] = t ?? 0;
      if (t !== undefined) order.push(t);
    }
    for (let k = 0; k < order.length; k++) {
      const s = order[k]!;
      out[s]! |= out[fail[s]!]!;
      for (let u = 0; u < width; u++) {
        const t = goto[s]![u];
        if (t === undefined) next[s * width + u] = next[fail[s]! * width + u]!;
        else {
          fail[t] = next[fail[s]! * width + u]!;
          next[s * width + u] = t;
          order.push(t);
        }
      }
    }
    this.next = next;
    this.out = Int32Array.from(out);
    this.byte = new Int32Array(n * 256);
    for (let st = 0; st < n; st++)
      for (let unit = 0; unit < 256; unit++) {
        this.byte[st * 256 + unit] = next[st * width + this.low[unit]!]!;
      }
  }

  /** The groups that have a keyword in the text. */
  scan(text: string): Found<G> {
    const { high, width, next, byte, out } = this;
    let s = 0;
    let mask = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      s = unit < 256 ? byte[(s << 8) | unit]! : next[s * width + (high.get(unit) ?? 0)]!;
      mask |= out[s]!;
    }
    return new Found(this.groups, mask);
  }
}

export class Found<G extends string> {
  constructor(
    private readonly groups: readonly G[],
    private readonly mask: number,
  ) {}

  has(group: G): boolean {
    return (this.mask & (1 << this.groups.indexOf(group))) !== 0;
  }
}
