import {
  describeInBrowser,
  seriousViolations,
  startBrowserSession,
  type BrowserSession,
} from "./support/browserSession";

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
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("the task pane opened outside Outlook explains where it belongs", async () => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/taskpane.html`);
    await page.getByText("Open this in Outlook").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it.each([
    ["support.html", "Graceful Leave support"],
    ["privacy.html", "Privacy"],
    ["terms.html", "Terms of use"],
  ])("the manifest's %s page is there and accessible", async (file, heading) => {
    const page = await session.newPage();
    await page.goto(`${session.baseUrl}/${file}`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
