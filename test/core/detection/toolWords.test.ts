import { TOOL_WORDS } from "../../../src/core/detection/findJoinLink";

// toolSignals skips its patterns when a text holds none of these words, so they must be read.
describe("TOOL_WORDS", () => {
  it("are read from the tool patterns", () => {
    expect(TOOL_WORDS).toEqual(
      expect.arrayContaining(["coderpad", "karat", "cal.com", "lever.co", "topcoder"]),
    );
    expect(TOOL_WORDS).toHaveLength(16);
  });
});
