// `npm run icons`: renders the SVG sources in assets/src/ to the PNGs Outlook and Teams load.
// The PNGs are committed (hosts fetch them by URL, and the Teams package needs them with no build step);
// run this again after editing an SVG.
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = join(__dirname, "..");

export interface IconTarget {
  /** SVG file under assets/src/. */
  readonly source: string;
  /** Output path from the repo root. */
  readonly output: string;
  /** Width and height in pixels. */
  readonly size: number;
}

// Ribbon sizes (16, 32) use the simplified drawing: the detailed one blurs into a smudge below 64 px.
// 64 is IconUrl and 128 HighResolutionIconUrl in manifest.xml; 80 is the high-DPI ribbon size.
export const iconTargets: readonly IconTarget[] = [
  { source: "mark-small.svg", output: "assets/icon-16.png", size: 16 },
  { source: "mark-small.svg", output: "assets/icon-32.png", size: 32 },
  { source: "mark.svg", output: "assets/icon-64.png", size: 64 },
  { source: "mark.svg", output: "assets/icon-80.png", size: 80 },
  { source: "mark.svg", output: "assets/icon-128.png", size: 128 },
  { source: "color.svg", output: "appPackage/color.png", size: 192 },
  { source: "outline.svg", output: "appPackage/outline.png", size: 32 },
];

export function renderIcon(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    // The marks have no text; skipping font discovery keeps the script fast and machine-independent.
    font: { loadSystemFonts: false },
    shapeRendering: 2,
  });
  return resvg.render().asPng();
}

function main(): void {
  for (const target of iconTargets) {
    const svg = readFileSync(join(root, "assets", "src", target.source), "utf8");
    const png = renderIcon(svg, target.size);
    const outPath = join(root, target.output);
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, png);
    console.log(`${relative(root, outPath)}  ${target.size}x${target.size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();
