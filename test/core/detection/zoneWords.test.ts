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
    [" Uhr New Yorker Zeit (15:00 Uhr MEZ)", "America/New_York"],
    // A Latin American country names its one zone.
    [" hora de Colombia (4:00 p. m. en Ciudad de México)", "America/Bogota"],
    [" hora de Perú", "America/Lima"],
    [" hora de Bogotá", "America/Bogota"],
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

  it.each([
    ["à 9h30 est confirmé", 7],
    ["às 9h30 está confirmada", 7],
    ["a las 9:30 está confirmada", 10],
    ["um 9:30 ist bestätigt", 7],
    ["à 10h est-ce possible ?", 5],
  ])("does not read the verb after the time in %j as a zone", (text, from) => {
    expect(zoneAfter(text, from)).toBeNull();
  });

  it.each([
    ["at 10am est.", 7, "America/New_York"],
    ["at 10am (pt)", 7, "America/Los_Angeles"],
    ["um 9:30 IST bestätigt", 7, "Asia/Kolkata"],
    ["at 10am EST on Tuesday", 7, "America/New_York"],
    ["at 10am uk time", 7, "Europe/London"],
  ])("still reads a zone written in %j", (text, from, zone) => {
    expect(zoneAfter(text, from)).toBe(zone);
  });

  it("does not read an entrance or a wing as a zone", () => {
    expect(zoneAfter("10:00 west entrance", 5)).toBeNull();
  });
});
