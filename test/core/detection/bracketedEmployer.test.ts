import { bracketedEmployer } from "../../../src/core/detection/bracketedEmployer";

describe("bracketedEmployer", () => {
  it.each([
    ["Lunch – Marco Ruiz (VP Eng, Quillfeather) re: the opening", "Quillfeather"],
    ["Ingrid (talent team, Halden Maritime) ringer meg", "Halden Maritime"],
    ["[20/01/27, 18:40] Sara (HR Filati Comaschi): ti confermo la call", "Filati Comaschi"],
    // A town after the title, a friend's firm, a title alone: no employer.
    ["Call with Jane Doe (Recruiter, London) on Friday", null],
    ["Coffee with Sam Lee (old friend, Fabrikam)", null],
    ["Phone Screen with Dana Whitlock (Talent Partner)", null],
    ["Nothing in brackets here, really.", null],
  ])("reads %j as %j", (text, firm) => {
    expect(bracketedEmployer(text)).toBe(firm);
  });
});
