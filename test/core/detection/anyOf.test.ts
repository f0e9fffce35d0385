import fc from "fast-check";
import { anyOf } from "../../../src/core/detection/anyOf";
import { topAlternatives } from "../../../src/core/detection/patternAlternatives";
import {
  INTERVIEWER,
  JOB_CONTEXT,
  NOT_JOB,
  NOT_SCHEDULED,
  SCREEN_CALL,
  STEP_WORDS,
} from "../../../src/core/detection/cues";
import {
  MORE_INTERVIEWER,
  MORE_NOT_JOB,
  MORE_NOT_SCHEDULED,
  MORE_STEP_WORDS,
} from "../../../src/core/detection/cueVariants";

describe("anyOf", () => {
  const matchesAt = (p: RegExp, text: string, index: number): boolean => {
    const sticky = new RegExp(p.source, p.flags + "y");
    sticky.lastIndex = index;
    return sticky.test(text);
  };
  it.each([
    ["a|b", ["a", "b"]],
    ["(?:a|b)|c", ["(?:a|b)", "c"]],
    ["[|]x|\\|y", ["[|]x", "\\|y"]],
  ])("splits %s at its top-level bars only", (source, parts) => {
    expect(topAlternatives(source)).toEqual(parts);
  });

  const small = [
    /\b(?:exit[- ]?interview|stay (?:interview|chat))\b/,
    /^cancel+ed\b|\bon hold/,
    /собеседовани/u,
  ];
  it.each([
    ["an exit interview today", true],
    ["the exitinterview", true],
    ["fexit interview", false],
    ["stay chat", true],
    ["stay chatty", false],
    ["cancelled: call", true],
    ["not cancelled", false],
    ["put on hold", true],
    ["upon holding", false],
    ["приглашение на собеседование", true],
    ["nothing here", false],
  ])("answers like the separate patterns for %j", (text, expected) => {
    expect(anyOf(small).test(text)).toBe(expected);
    expect(small.some((p) => p.test(text))).toBe(expected);
  });

  // Phrases sharing their starts, with and without a word boundary, and one that ends where
  // another goes on ("exit" and "exitgesprek"): grouped by prefix, they still answer alike.
  const shared = [
    /\b(?:exit|exitgesprek\b|exam(?:en)? day|ex-colleague)/,
    /gift card|gift as (?:a )?thanks|\bgift\b/,
    /\bexa\b|research (?:interview|participant)|\bresearch\b(?! paper)/,
    /(?:\bvoucher|geschenk)box/,
  ];
  it.each([
    "an exit",
    "exitgesprek morgen",
    "the examen day",
    "exam day",
    "examday",
    "my ex-colleague",
    "texit",
    "a giftcard",
    "a gift card",
    "regift cards",
    "gift as thanks",
    "exa",
    "exam",
    "user research interviews",
    "research paper",
    "a voucherbox",
    "avoucherbox",
    "ein geschenkbox",
    "researchers",
    "nothing",
  ])("groups shared prefixes without changing the answer for %j", (text) => {
    const expected = shared.some((p) => p.test(text));
    expect(anyOf(shared).test(text)).toBe(expected);
    const first = Math.min(...shared.map((p) => p.exec(text)?.index ?? Infinity));
    expect(anyOf(shared).exec(text)?.index ?? Infinity).toBe(first);
  });

  it("splits a list too long for the engine to optimise, and still finds the first match", () => {
    // About 30 KB of pattern: past V8's 20 KB limit for optimised patterns.
    const many = Array.from(
      { length: 600 },
      (_, i) => new RegExp(`\\b(?:cue${i} (?:alpha|beta) phrase\\w{0,3})`),
    );
    const m = anyOf(many);
    expect(m.test("nothing of the kind")).toBe(false);
    expect(m.test("and then cue599 beta phrases")).toBe(true);
    expect(m.exec("x cue598 alpha phrase, then cue1 beta phrase")?.index).toBe(2);
    expect(m.exec("x cue1 beta phrase, then cue598 alpha phrase")?.index).toBe(2);
  });

  // Phrases filed under their first letters, and those that cannot be: one that opens with a
  // lookbehind, an optional group, the start of the text, a class, or no word boundary.
  const mixed = [
    /\b(?:(?<!not )the offer|(?:final |last )?round two|^hiring sync|\d+ speakers|offer call)/,
    /\bcalibration\b|^(?:re: )?debrief|geschenk/,
  ];
  it.each([
    ["the offer", 0],
    ["not the offer", -1],
    ["see the offer, not the offer", 4],
    ["final round two", 0],
    ["a last round two", 2],
    ["around two", -1],
    ["round twofold", 0],
    ["hiring sync today", 0],
    ["our hiring sync", -1],
    ["re: debrief", 0],
    [" debrief", -1],
    ["12 speakers", 0],
    ["an offer call", 3],
    ["kalibration", -1],
    ["das weihnachtsgeschenk", 14],
    ["", -1],
  ])("finds %j where the patterns do", (text, index) => {
    const expected = Math.min(...mixed.map((p) => p.exec(text)?.index ?? Infinity));
    expect(expected === Infinity ? -1 : expected).toBe(index);
    expect(anyOf(mixed).exec(text)?.index ?? -1).toBe(index);
    expect(anyOf(mixed).test(text)).toBe(index >= 0);
    for (let at = 0; at <= text.length; at++)
      expect([at, anyOf(mixed).matchesAt(text, at)]).toEqual([at, mixed.some((p) => matchesAt(p, text, at))]);
  });

  it("answers for a text it has read before, when built after reading it", () => {
    // Matchers share the word starts of the last text read; one built since knows keys that text
    // was not looked up under.
    const text = "the zephyr quorum";
    expect(anyOf([/\bqua(?:rtz|ntum)/]).test(text)).toBe(false);
    expect(anyOf([/\bzephyr q/]).exec(text)?.index).toBe(4);
    expect(anyOf([/\bquorum\b/]).exec(text)?.index).toBe(11);
  });

  it("refuses flags it cannot keep", () => {
    expect(() => anyOf([/a/i])).toThrow(/unsupported/);
    expect(() => anyOf([/(a)\1/])).toThrow(/unsupported/);
  });

  // The real cue lists, over texts built from their own words, so that matches are common.
  const lists = [
    [...NOT_JOB, ...MORE_NOT_JOB].map((c) => c.re),
    [...INTERVIEWER, ...MORE_INTERVIEWER].map((c) => c.re),
    [...NOT_SCHEDULED, ...MORE_NOT_SCHEDULED].map((c) => c.re),
    [SCREEN_CALL.re, STEP_WORDS.re, MORE_STEP_WORDS, JOB_CONTEXT.re],
  ];
  const words = [
    ...new Set(lists.flat().flatMap((p) => p.source.match(/[a-z]{2,}/g) ?? [])),
    "a",
    "the",
    "you",
    "'re",
    ":",
    "/",
    "-",
    "собеседование",
  ];
  it.each(lists.map((l, i) => [i, l] as const))(
    "cue list %i answers as its patterns one by one",
    (_i, list) => {
      const gate = anyOf(list);
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...words), { maxLength: 12 }),
          fc.constantFrom(" ", "", "\n"),
          (parts, sep) => {
            const text = parts.join(sep);
            expect(gate.test(text)).toBe(list.some((p) => p.test(text)));
            const first = Math.min(...list.map((p) => p.exec(text)?.index ?? Infinity));
            expect(gate.exec(text)?.index ?? Infinity).toBe(first);
            if (first < Infinity) {
              expect(gate.matchesAt(text, first)).toBe(true);
              const after = text.indexOf(" ", first) + 1;
              expect(gate.matchesAt(text, after)).toBe(list.some((p) => matchesAt(p, text, after)));
            }
          },
        ),
        { numRuns: 3000 },
      );
    },
  );
});
