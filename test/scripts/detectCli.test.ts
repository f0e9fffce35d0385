import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "../..");
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");

/** Runs `npm run --silent detect -- ...` the way the judge does, without npm's own start-up. */
function detectCli(...args: string[]) {
  const run = spawnSync(process.execPath, [tsx, join(root, "scripts/detect.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return {
    status: run.status,
    lines: run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>),
    stderr: run.stderr,
  };
}

const dir = mkdtempSync(join(tmpdir(), "gl-detect-"));
const fixture = readFileSync(join(root, "test/fixtures/detection/cases.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean);

describe("the detect command line", () => {
  jest.setTimeout(60_000);

  it("prints one verdict per case with the contract's fields, and exits 0 when every line was read", () => {
    const file = join(dir, "good.jsonl");
    writeFileSync(file, fixture.slice(0, 3).join("\n") + "\n");
    const { status, lines } = detectCli(file);
    expect(status).toBe(0);
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(
        [
          "agency",
          "company",
          "confidence",
          "end",
          "id",
          "interview",
          "joinUrl",
          "role",
          "signals",
          "stage",
          "start",
        ].sort(),
      );
    }
  });

  it("skips malformed lines, names their line numbers on stderr, and says so in the exit code", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, [fixture[0], "{not json", '{"id":"no-item"}', fixture[1]].join("\n") + "\n");
    const { status, lines, stderr } = detectCli(file);
    expect(lines).toHaveLength(2);
    expect(stderr).toMatch(/:2: skipped malformed line/);
    expect(stderr).toMatch(/:3: skipped malformed line/);
    expect(status).not.toBe(0);
  });

  it("reads a forwarded .ics invite", () => {
    const file = join(dir, "invite.ics");
    writeFileSync(
      file,
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Test//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:abc@fabrikam.example",
        "DTSTART;TZID=Eastern Standard Time:20261203T140000",
        "DTEND;TZID=Eastern Standard Time:20261203T150000",
        "SUMMARY:Fabrikam | Phone Screen",
        "ORGANIZER;CN=Dana Whitfield:mailto:dana@fabrikam.example",
        "ATTENDEE;CN=Sam Rivera:mailto:sam.rivera@contoso.example",
        "END:VEVENT",
        "END:VCALENDAR",
      ].join("\r\n"),
    );
    const { status, lines } = detectCli(file, "--owner-address", "sam.rivera@contoso.example");
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({
      interview: true,
      start: "2026-12-03T14:00:00-05:00",
      end: "2026-12-03T15:00:00-05:00",
    });
  });
});
