import { useCallback, useEffect, useState } from "react";
import { defaultSettings, type LedgerEntry, type PtoPolicy, type Settings } from "../../core";
import type { UserTimeSettings } from "../../graph";
import { problemFrom, type Problem } from "./problemFrom";
import type { TaskPaneServices } from "./TaskPaneServices";

export interface PaneSettings {
  loading: boolean;
  settings: Settings;
  policy: PtoPolicy | null;
  ledger: LedgerEntry[];
  time: UserTimeSettings | null;
  /** Shown once; the pane still works on defaults. */
  problem: Problem | null;
  /** Stores the manager's address so it is typed only once. */
  saveManagerAddress(address: string): Promise<void>;
}

/**
 * The user's settings, PTO policy and ledger from the app data document, plus the working hours
 * from Outlook. Nothing stored (or storage unavailable) means product defaults.
 */
export function usePaneSettings(services: TaskPaneServices): PaneSettings {
  const [state, setState] = useState<Omit<PaneSettings, "saveManagerAddress">>(() => ({
    loading: true,
    settings: defaultSettings(new Date(0).toISOString()),
    policy: null,
    ledger: [],
    time: null,
    problem: null,
  }));
  useEffect(() => {
    let live = true;
    const stored = services.appData
      ? services.appData.load().catch((error: unknown) => ({ status: "failed" as const, error }))
      : Promise.resolve(null);
    Promise.all([services.timeSettings().catch((error: unknown) => ({ error })), stored]).then(
      ([time, loaded]) => {
        if (!live) return;
        const next: Omit<PaneSettings, "saveManagerAddress"> = {
          loading: false,
          settings: defaultSettings(new Date(0).toISOString()),
          policy: null,
          ledger: [],
          time: "error" in time ? null : time,
          problem: "error" in time ? problemFrom(time.error, "read your working hours") : null,
        };
        if (loaded && (loaded.status === "ok" || loaded.status === "new")) {
          next.settings = loaded.document.settings;
          next.policy = loaded.document.ptoPolicy.value;
          next.ledger = loaded.document.ledger.filter((e) => !e.deleted);
        } else if (loaded && loaded.status === "corrupt") {
          next.problem = {
            title: "Your saved settings could not be read",
            message: `${loaded.reason}. A copy was kept; open the Graceful Leave tab to restore it. Defaults are used meanwhile.`,
          };
        } else if (loaded && loaded.status === "failed") {
          next.problem = problemFrom(loaded.error, "read your saved settings");
        }
        setState(next);
      },
    );
    return () => {
      live = false;
    };
  }, [services]);

  const saveManagerAddress = useCallback(
    async (address: string) => {
      const updatedAt = new Date(services.now()).toISOString();
      setState((s) => ({ ...s, settings: { ...s.settings, managerAddress: address, updatedAt } }));
      if (!services.appData) return;
      await services.appData.save((doc) => ({
        ...doc,
        settings: { ...doc.settings, managerAddress: address, updatedAt },
      }));
    },
    [services],
  );
  return { ...state, saveManagerAddress };
}
