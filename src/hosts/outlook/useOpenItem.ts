import { useCallback, useEffect, useState } from "react";
import { OfficeItemError, onItemChanged, readOpenItem, type OpenItem } from "./officeHost";

export type OpenItemState =
  | { status: "loading" }
  | { status: "none" }
  | { status: "ready"; item: OpenItem }
  | { status: "error"; message: string };

/** Reads the open item and follows the selection when the pane is pinned. */
export function useOpenItem(read: () => Promise<OpenItem | null> = readOpenItem): OpenItemState {
  const [state, setState] = useState<OpenItemState>({ status: "loading" });
  const load = useCallback(() => {
    setState({ status: "loading" });
    read().then(
      (item) => setState(item ? { status: "ready", item } : { status: "none" }),
      (error: unknown) =>
        setState({
          status: "error",
          message:
            error instanceof OfficeItemError
              ? error.message
              : "Outlook did not give us this item. Close and reopen it, then try again.",
        }),
    );
  }, [read]);
  useEffect(() => {
    load();
    onItemChanged(load);
  }, [load]);
  return state;
}
