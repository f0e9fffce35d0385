import { zoneAfter } from "../../../src/core/detection/zoneWords";

describe("zoneAfter", () => {
  it.each([
    [" (Central European Time)", "Europe/Paris"],
    [" Central European Summer Time", "Europe/Paris"],
    [" mitteleuropäische Zeit", "Europe/Paris"],
    [" (Eastern European Time)", "Europe/Helsinki"],
    [" Western European Time", "Europe/Lisbon"],
    [" (Central Time)", "America/Chicago"],
    [" Central", "America/Chicago"],
    [" Eastern Standard Time", "America/New_York"],
    [" ET", "America/New_York"],
    [" hora de Canarias (10:00 en Madrid)", "Atlantic/Canary"],
    [" heure de Londres, soit 15h à Paris", "Europe/London"],
  ])("reads the zone named in %j", (tail, zone) => {
    expect(zoneAfter(`2:00 PM${tail}`, 7)).toBe(zone);
  });

  it.each([
    [" GMT+8", "Etc/GMT-8"],
    [" (UTC-5)", "Etc/GMT+5"],
    [" UTC−3", "Etc/GMT+3"],
  ])("reads the written offset in %j (IANA's Etc sign is inverted)", (tail, zone) => {
    expect(zoneAfter(`2:00 PM${tail}`, 7)).toBe(zone);
  });

  // "/" once fell in the class [+-−], which is a range from "+" to U+2212, not three signs.
  it("does not read a second time after a slash as an offset", () => {
    const zone = zoneAfter("3pm GMT / 10am ET", 3);
    expect(zone).not.toMatch(/^Etc\/GMT[+-]10$/);
    expect(zone).not.toBeNull();
  });

  it("does not read an entrance or a wing as a zone", () => {
    expect(zoneAfter("10:00 west entrance", 5)).toBeNull();
  });
});
