import { mentionsClient } from "../../../src/core/detection/mentionsClient";

describe("mentionsClient", () => {
  it.each([
    ["I'm recruiting on behalf of a client in logistics.", true],
    ["Notre client, un groupe industriel, souhaite vous rencontrer.", true],
    ["Unser Auftraggeber sucht eine Teamleitung.", true],
    ["Das Erstgespräch bei unserer Kundin, der Seetal Instruments AG.", true],
    ["The role is client-facing but you'd be employed by us.", false],
    ["You'll join our client services team.", false],
    ["Our client-side rendering stack is React.", false],
    ["Our client-facing team works with a client in Madrid.", true],
    ["No such word here.", false],
  ])("%j → %s", (text, expected) => {
    expect(mentionsClient(text)).toBe(expected);
  });
});
