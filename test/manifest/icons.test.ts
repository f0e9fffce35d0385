import { readFileSync } from "node:fs";
import { join } from "node:path";
import { iconTargets, renderIcon } from "../../scripts/make-icons";
import { decodePng } from "./decodePng";
import { repoRoot } from "./repoPaths";

/** Largest per-channel difference between two same-sized RGBA images. */
function maxChannelDifference(a: Uint8Array, b: Uint8Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return max;
}

describe("the committed icon PNGs", () => {
  it("cover every size Outlook and Teams load", () => {
    expect(iconTargets.map((target) => target.output).sort()).toEqual(
      [
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
        "assets/icon-128.png",
        "appPackage/color.png",
        "appPackage/outline.png",
      ].sort(),
    );
  });

  // A small tolerance absorbs rasteriser differences between CPUs; an edited SVG changes far more.
  it.each(iconTargets.map((target) => [target.output, target] as const))(
    "%s matches a fresh render of its SVG source (run npm run icons after editing assets/src)",
    (_output, target) => {
      const committed = decodePng(readFileSync(join(repoRoot, target.output)));
      const fresh = decodePng(
        renderIcon(readFileSync(join(repoRoot, "assets", "src", target.source), "utf8"), target.size),
      );
      expect([committed.width, committed.height]).toEqual([target.size, target.size]);
      expect(maxChannelDifference(committed.pixels, fresh.pixels)).toBeLessThanOrEqual(8);
    },
  );
});
