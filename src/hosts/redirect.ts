import { completeSignInRedirect } from "../auth";

// The popup's landing page: pass the sign-in response back to the add-in, or say what went wrong.
completeSignInRedirect().catch((error: unknown) => {
  const main = document.querySelector("main");
  if (main) {
    const p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = `Sign-in could not finish: ${error instanceof Error ? error.message : String(error)}. Close this window and try again.`;
    main.append(p);
  }
});
