import { associateAction, notifyOnItem, whenOfficeReady } from "./officeHost";
import { keepItPrivateFromCommand } from "./keepItPrivateFromCommand";

// The UI-less "Keep it private" button (ExecuteFunction in manifest.xml).
associateAction("keepItPrivate", (event) => {
  keepItPrivateFromCommand()
    .then((message) => notifyOnItem("keepItPrivate", message))
    .catch(() =>
      notifyOnItem(
        "keepItPrivate",
        "Graceful Leave could not change this item. Open the Graceful Leave pane to try again.",
      ),
    )
    .finally(() => event.completed());
});

void whenOfficeReady();
