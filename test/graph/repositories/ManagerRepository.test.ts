import type { ManagerMode } from "../../../src/graph/simulator";
import { createManagerRepository, type Manager } from "../../../src/graph";
import { simClient } from "./simClient";

describe("ManagerRepository", () => {
  it.each<[string, ManagerMode, Manager | null]>([
    [
      "returns the manager's name and address",
      { id: "m", displayName: "Jordan Lee", mail: "jordan@contoso.example" },
      { name: "Jordan Lee", address: "jordan@contoso.example" },
    ],
    ["returns null when the tenant forbids reading it (403), so the UI asks", "forbidden", null],
    ["returns null when no manager is set (404)", "none", null],
    ["returns null for a manager without a mail address", { id: "m", displayName: "No Mailbox" }, null],
  ])("%s", async (_name, manager, expected) => {
    const { client } = simClient({ manager });
    await expect(createManagerRepository(client).manager()).resolves.toEqual(expected);
  });
});
