import { startGraphSimServer, type GraphSimServer } from "../../scripts/graph-sim-server";
import {
  describeInBrowser,
  seriousViolations,
  startBrowserSession,
  type BrowserSession,
} from "./support/browserSession";

const CANDIDATE = "Job interview: you are the candidate";

type Page = Awaited<ReturnType<BrowserSession["newPage"]>>;

/**
 * Steps 2 and 3 of the journey on the first interview invite in the list (whichever it is): keep
 * it private, read the PTO hours, draft the note. Returns what the pane said.
 */
async function keepPrivateAndDraft(page: Page): Promise<{ hours: string }> {
  const items = page.getByRole("group", { name: "Demo mailbox items" }).getByRole("button");
  await items.first().waitFor();
  const count = await items.count();
  for (let i = 0; i < count; i++) {
    await items.nth(i).click();
    await page.getByLabel("Interview check").first().waitFor();
    const invite = page.getByRole("button", { name: "Keep it private", exact: true });
    if (!(await page.getByRole("heading", { name: CANDIDATE }).isVisible())) continue;
    // The cards appear once the settings are read; an interview with no time has none.
    await page
      .getByRole("region", { name: "Keep it private" })
      .or(page.getByText("No time found"))
      .first()
      .waitFor();
    // Only an invite on the calendar can be marked; an email gets a block instead.
    if (!(await invite.isVisible())) continue;
    await invite.click();
    await page
      .getByRole("list", { name: "Done" })
      .getByText(/Marked your copy private/)
      .waitFor();
    await page.getByText(/organizer's update can reset this/).waitFor();
    const hours = (await page.getByLabel(/^PTO hours:/).textContent()) ?? "";
    await page.getByLabel("Projected balance").waitFor();
    await page.getByRole("textbox", { name: /Manager's email address/ }).fill("jordan.lee@contoso.com");
    await page.getByRole("button", { name: "Draft note to my manager" }).click();
    await page.getByText(/Saved as a draft to jordan\.lee@contoso\.com/).waitFor();
    return { hours };
  }
  throw new Error("no interview invite on the demo calendar could be kept private");
}

describeInBrowser("the demo (npm start with no tenant)", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => session?.close());

  it("is labelled as a demo and hosts the Outlook pane and the Teams tab side by side", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    await page.getByText("Demo", { exact: true }).waitFor();
    await page.getByRole("heading", { name: "Outlook task pane" }).waitFor();
    await page.getByRole("heading", { name: "Teams tab" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("tells interview invites from ordinary items as the user goes through the mailbox", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    const items = page.getByRole("group", { name: "Demo mailbox items" }).getByRole("button");
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThan(3);
    let interviews = 0;
    for (let i = 0; i < count; i++) {
      await items.nth(i).click();
      await page
        .getByRole("region", { name: "Interview check" })
        .or(page.getByLabel("Interview check"))
        .first()
        .waitFor();
      if (await page.getByRole("heading", { name: CANDIDATE }).isVisible()) {
        interviews += 1;
        // Every verdict carries its evidence and the fields it read.
        expect(
          await page.getByRole("list", { name: "Evidence" }).getByRole("listitem").count(),
        ).toBeGreaterThan(0);
        await page.getByRole("textbox", { name: "Company" }).waitFor();
      }
    }
    expect(interviews).toBeGreaterThan(0);
    expect(interviews).toBeLessThan(count);
  });

  it("selects an item from the keyboard", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    const items = page.getByRole("group", { name: "Demo mailbox items" }).getByRole("button");
    await items.nth(1).waitFor();
    await items.nth(1).focus();
    await page.keyboard.press("Enter");
    expect(await items.nth(1).getAttribute("aria-pressed")).toBe("true");
  });

  it("keeps an interview invite private, shows its PTO hours and saves the note as a draft", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    const { hours } = await keepPrivateAndDraft(page);
    expect(hours).toMatch(/^\d+(\.\d+)? hours?$/);
    expect(await page.getByRole("note", { name: "Note text" }).textContent()).toMatch(
      /^I have an appointment on /,
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the tab lists the interviews it found on the demo calendar", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/`);
    const table = page.getByRole("table", { name: /Interviews in the next/ });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
  });
});

describeInBrowser("the demo against the Graph simulator's HTTP server on 127.0.0.1", () => {
  let session: BrowserSession;
  let graph: GraphSimServer;
  beforeAll(async () => {
    [session, graph] = await Promise.all([startBrowserSession(), startGraphSimServer({ port: 0 })]);
  });
  afterAll(async () => {
    await session?.close();
    await graph?.close();
  });

  it("reads the mailbox over HTTP, and the tab finds the same interviews", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/?graph=${encodeURIComponent(graph.baseUrl.replace(/\/v1\.0$/, ""))}`);
    const table = page.getByRole("table", { name: /Interviews in the next/ });
    await table.waitFor();
    expect(await table.getByRole("row").count()).toBeGreaterThan(1);
    const paths = graph.simulator().requests.map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(["/me", "/me/mailboxSettings", "/me/calendarView"]));
  });

  it("the journey leaves the invite private with no reminder and one draft, not sent, in the mailbox", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/?graph=${encodeURIComponent(graph.baseUrl.replace(/\/v1\.0$/, ""))}`);
    await keepPrivateAndDraft(page);
    const state = graph.simulator().state;
    const marked = [...state.events.values()].filter(
      (e) => e.event.sensitivity === "private" && e.event.isReminderOn === false,
    );
    expect(marked.length).toBeGreaterThan(0);
    const drafts = [...state.messages.values()].filter((m) => m.folder === "drafts");
    expect(drafts.map((d) => d.message.isDraft)).toEqual([true]);
    expect(graph.simulator().requests.some((r) => r.path.endsWith("/send"))).toBe(false);
  });
});
