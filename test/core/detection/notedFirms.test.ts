import { noteFirm, stepLines } from "../../../src/core/detection/notedFirms";

describe("noteFirm", () => {
  it.each([
    ["Lunch – Marco Ruiz (VP Eng, Quillfeather) re: the opening", "Quillfeather"],
    ["Ingrid (talent team, Halden Maritime) ringer meg", "Halden Maritime"],
    ["Call with Jane Doe (Recruiter, London) on Friday", null],
    ["Coffee with Sam Lee (old friend, Fabrikam)", null],
    ["Final w/ Woodgrove CFO – Zoom link in gmail", "Woodgrove"],
    ["your interview with Woodgrove Bank's CIO, Fiona Marsh", null],
    ["Nothing to read here, really.", null],
  ])("reads %j as %j", (text, firm) => {
    expect(noteFirm(text)).toBe(firm);
  });
});

describe("stepLines", () => {
  it("keeps lines that open with a name, a dash and a hiring step", () => {
    const note = [
      "Not the dentist :)",
      "Fabrikam – hiring manager interview w/ Priya",
      "Coho Winery – final conversation with the GM",
      "Phone – Owen will call you",
      "Congratulations — following your conversation with our team",
    ].join("\n");
    expect(stepLines(note)).toEqual([
      "Fabrikam – hiring manager interview",
      "Coho Winery – final conversation",
    ]);
  });
});
