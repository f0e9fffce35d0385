import AxeBuilder from "@axe-core/playwright";
import { describeInBrowser, startBrowserSession, type BrowserSession } from "./support/browserSession";

describeInBrowser("pages opened outside their host", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => session?.close());

  it("the Teams tab opened on its own runs standalone and says so", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/tab.html`);
    await page.getByRole("heading", { name: "Graceful Leave" }).waitFor();
    await page.getByText("Standalone mode").waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  it("the task pane opened outside Outlook explains where it belongs", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/taskpane.html`);
    await page.getByText("Open this in Outlook").waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
});
