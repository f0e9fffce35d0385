import { createProfileRepository } from "../../../src/graph";
import { simClient } from "./simClient";

describe("ProfileRepository", () => {
  it("reads the signed-in user's name and mail address", async () => {
    const { client } = simClient({
      user: {
        id: "u1",
        displayName: "Ana Souza",
        mail: "ana.souza@contoso.example",
        userPrincipalName: "ana@contoso.example",
      },
    });
    await expect(createProfileRepository(client).me()).resolves.toEqual({
      name: "Ana Souza",
      address: "ana.souza@contoso.example",
    });
  });

  it("falls back to the sign-in name when the mailbox has no mail property", async () => {
    const { client } = simClient({
      user: { id: "u2", displayName: "Bo Chen", mail: null, userPrincipalName: "bo@contoso.example" },
    });
    await expect(createProfileRepository(client).me()).resolves.toEqual({
      name: "Bo Chen",
      address: "bo@contoso.example",
    });
  });
});
