import { startGraphSimServer, type GraphSimServer } from "../../scripts/graph-sim-server";
import {
  describeInBrowser,
  seriousViolations,
  startBrowserSession,
  type BrowserSession,
} from "./support/browserSession";

const CANDIDATE = "Job interview: you are the candidate";

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
});
