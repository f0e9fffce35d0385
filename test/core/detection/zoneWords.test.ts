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

  it("does not read an entrance or a wing as a zone", () => {
    expect(zoneAfter("10:00 west entrance", 5)).toBeNull();
  });
});
