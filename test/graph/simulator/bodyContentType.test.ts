import { createGraphSimulator } from "../../../src/graph/simulator";
import type { GraphSimulator } from "../../../src/graph/simulator";
import { htmlToText, textToHtml } from "../../../src/graph/simulator/htmlToText";
import { FIXED_NOW, eventAt, rawCall } from "../../support/graphHarness";

type Json = Record<string, unknown>;

const HTML_BODY =
  "<html><head><style>p { color: red }</style></head><body>" +
  "<p>Hi <b>Sam</b>,</p><p>Interview&nbsp;at 10 &amp; lunch after.</p>" +
  "<script>alert('<p>x</p>')</script></body></html>";
const AS_TEXT = "Hi Sam,\r\nInterview at 10 & lunch after.";
const TEXT_PREFER = { Prefer: 'outlook.body-content-type="text"' };
const WINDOW = { startDateTime: "2026-11-25T00:00:00Z", endDateTime: "2026-12-02T00:00:00Z" };

function seeded(): { sim: GraphSimulator; eventId: string; messageId: string } {
  const sim = createGraphSimulator({ now: () => FIXED_NOW });
  const event = sim.state.insertEvent({ ...eventAt(5), body: { contentType: "html", content: HTML_BODY } });
  const message = sim.state.insertMessage(
    { subject: "Interview", body: { contentType: "html", content: HTML_BODY } },
    "inbox",
  );
  return { sim, eventId: event.event.id!, messageId: message.message.id! };
}

/** The first item of a collection answer, or the answer itself for a single item. */
function firstItem(body: unknown): Json {
  const json = body as Json;
  return Array.isArray(json.value) ? (json.value[0] as Json) : json;
}

describe("simulator: Prefer outlook.body-content-type", () => {
  test.each<[string, (ids: { eventId: string; messageId: string }) => [string, Record<string, string>]]>([
    ["GET /me/events/{id}", ({ eventId }) => [`/me/events/${eventId}`, {}]],
    ["GET /me/events", () => ["/me/events", {}]],
    ["GET /me/calendarView", () => ["/me/calendarView", WINDOW]],
    ["GET /me/calendarView/delta", () => ["/me/calendarView/delta", WINDOW]],
    ["GET /me/messages/{id}", ({ messageId }) => [`/me/messages/${messageId}`, {}]],
    ["GET /me/mailFolders/inbox/messages/delta", () => ["/me/mailFolders/inbox/messages/delta", {}]],
  ])("%s returns the body as text and says so in Preference-Applied", async (_name, target) => {
    const { sim, ...ids } = seeded();
    const [path, query] = target(ids);
    const res = await rawCall(sim, "GET", path, { query, headers: TEXT_PREFER });
    expect(res.status).toBe(200);
    expect(firstItem(res.body).body).toEqual({ contentType: "text", content: AS_TEXT });
    expect(res.headers["preference-applied"]).toBe('outlook.body-content-type="text"');
  });

  test("without the preference the body comes as stored and nothing is echoed", async () => {
    const { sim, messageId } = seeded();
    const res = await rawCall(sim, "GET", `/me/messages/${messageId}`);
    expect((res.body as Json).body).toEqual({ contentType: "html", content: HTML_BODY });
    expect(res.headers["preference-applied"]).toBeUndefined();
  });

  test('"html" turns a text body into escaped HTML and is echoed too', async () => {
    const sim = createGraphSimulator({ now: () => FIXED_NOW });
    const stored = sim.state.insertMessage(
      { subject: "Plain", body: { contentType: "text", content: "a < b\r\nsecond line" } },
      "inbox",
    );
    const res = await rawCall(sim, "GET", `/me/messages/${stored.message.id}`, {
      headers: { Prefer: 'outlook.body-content-type="html"' },
    });
    const body = (res.body as Json).body as Json;
    expect(body.contentType).toBe("html");
    expect(body.content).toContain("a &lt; b<br>\r\nsecond line");
    expect(res.headers["preference-applied"]).toBe('outlook.body-content-type="html"');
  });

  test("an event expanded into its meeting request is converted with the message", async () => {
    const { sim, eventId } = seeded();
    const request = sim.state.insertMessage(
      {
        "@odata.type": "#microsoft.graph.eventMessage",
        subject: "Invitation",
        body: { contentType: "html", content: "<p>Join us</p>" },
      },
      "inbox",
      eventId,
    );
    const res = await rawCall(sim, "GET", `/me/messages/${request.message.id}`, {
      query: { $expand: "microsoft.graph.eventMessage/event" },
      headers: TEXT_PREFER,
    });
    const message = res.body as Json;
    expect(message.body).toEqual({ contentType: "text", content: "Join us" });
    expect((message.event as Json).body).toEqual({ contentType: "text", content: AS_TEXT });
  });

  test("a failed request carries no Preference-Applied", async () => {
    const res = await rawCall(seeded().sim, "GET", "/me/messages/AAMkMissing", { headers: TEXT_PREFER });
    expect(res.status).toBe(404);
    expect(res.headers["preference-applied"]).toBeUndefined();
  });

  test("a PATCH is answered with the stored body whatever the preference", async () => {
    const { sim, eventId } = seeded();
    const res = await rawCall(sim, "PATCH", `/me/events/${eventId}`, {
      body: { subject: "Renamed" },
      headers: TEXT_PREFER,
    });
    expect(((res.body as Json).body as Json).contentType).toBe("html");
  });
});

describe("simulator: several Outlook preferences at once", () => {
  const ZONE = 'outlook.timezone="Pacific Standard Time"';
  const expectBoth = (res: { body: unknown; headers: Record<string, string> }): void => {
    const item = firstItem(res.body);
    expect(item.body).toEqual({ contentType: "text", content: AS_TEXT });
    expect(item.start).toEqual({
      dateTime: "2026-11-25T06:00:00.0000000",
      timeZone: "Pacific Standard Time",
    });
    expect(res.headers["preference-applied"]).toBe(
      'outlook.timezone="Pacific Standard Time", outlook.body-content-type="text"',
    );
  };

  test("are all honoured when comma-separated in one Prefer header", async () => {
    const res = await rawCall(seeded().sim, "GET", "/me/calendarView", {
      query: WINDOW,
      headers: { Prefer: `${ZONE}, outlook.body-content-type="text", odata.maxpagesize=5` },
    });
    expectBoth(res);
  });

  test("are all honoured when sent as two Prefer headers", async () => {
    const { sim, eventId } = seeded();
    const headers = new Headers({ Authorization: "Bearer token" });
    headers.append("Prefer", ZONE);
    headers.append("Prefer", 'outlook.body-content-type="text"');
    const res = await sim.fetch(`https://graph.microsoft.com/v1.0/me/events/${eventId}`, { headers });
    const out: Record<string, string> = {};
    res.headers.forEach((v, k) => (out[k] = v));
    expectBoth({ body: await res.json(), headers: out });
  });

  test("are honoured inside a $batch request", async () => {
    const { sim, eventId } = seeded();
    const res = await rawCall(sim, "POST", "/$batch", {
      body: {
        requests: [
          {
            id: "1",
            method: "GET",
            url: `/me/events/${eventId}`,
            headers: { Prefer: `${ZONE}, outlook.body-content-type="text"` },
          },
        ],
      },
    });
    const [inner] = (res.body as { responses: Array<{ body: unknown; headers: Record<string, string> }> })
      .responses;
    expectBoth(inner!);
  });
});

describe("simulator: htmlToText", () => {
  test.each<[string, string, string]>([
    ["paragraphs become lines", "<p>Hi <b>Sam</b>,</p><p>See you</p>", "Hi Sam,\r\nSee you"],
    ["<br> breaks lines, twice makes a blank one", "one<br>two<br/><br>four", "one\r\ntwo\r\n\r\nfour"],
    ["runs of whitespace are one space", "  Hello \n\t   world  ", "Hello world"],
    ["script and style content is dropped", "<style>p{}</style>Hello<script>x('<p>y</p>')</script>", "Hello"],
    ["comments are dropped", "a<!-- <p>hidden</p> -->b", "ab"],
    ["a > inside a quoted attribute does not end the tag", '<a title="x > y" href="#">link</a>', "link"],
    ["a bare < is text", "a < b and c > d", "a < b and c > d"],
    ["entities decode once, into text only", "&lt;p&gt; &amp;amp; &#39;q&#39; &#x1F600;", "<p> &amp; 'q' 😀"],
    ["unknown and invalid entities", "&toString; &bogus; &#0;", "&toString; &bogus; \uFFFD"],
    ["an unterminated tag is dropped", 'text <div class="open', "text"],
  ])("%s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  // No timed assertion (speed lives in benchmarks): a quadratic reader would hit jest's timeout here.
  test("hostile input is read to the end and keeps only text", () => {
    const hostile =
      "<".repeat(200_000) + "<br>".repeat(100_000) + "&#".repeat(100_000) + "<a".repeat(100_000);
    const text = htmlToText(hostile);
    expect(text.length).toBeLessThan(hostile.length);
    expect(text).not.toMatch(/<br>/);
  });

  test("textToHtml escapes markup", () => {
    expect(textToHtml("<b>&</b>")).toContain("&lt;b&gt;&amp;&lt;/b&gt;");
  });
});
