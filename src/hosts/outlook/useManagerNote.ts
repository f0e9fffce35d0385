import { useCallback, useMemo, useState } from "react";
import { assertNothingRevealed, timeOffNote, type Settings } from "../../core";
import type { LeavePlan } from "./leavePlanFor";
import { problemFrom, type Problem } from "./problemFrom";
import type { TaskPaneServices } from "./TaskPaneServices";
import type { BlockChoices } from "./useKeepPrivate";

export type ManagerNoteState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "saved"; to: string; webLink: string | null }
  | { status: "failed"; problem: Problem };

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The subject says what the mail is about and nothing more. */
export function noteSubject(contractor: boolean): string {
  return contractor ? "Unavailable for part of a day" : "Time off";
}

/**
 * The note to the manager: the honest sentence from timeOffNote for the time blocked (buffers
 * included), saved as a draft for the user to review and send. It is never sent from here.
 */
export function useManagerNote(
  services: TaskPaneServices,
  plan: LeavePlan,
  choices: BlockChoices,
  settings: Settings,
  timeZone: string,
  saveManagerAddress: (address: string) => Promise<void>,
) {
  const [state, setState] = useState<ManagerNoteState>({ status: "idle" });
  const [lookup, setLookup] = useState<"idle" | "working" | "none">("idle");
  const [found, setFound] = useState<string | null>(null);
  const subject = noteSubject(settings.contractorMode);
  const text = useMemo(
    () =>
      timeOffNote(
        {
          start: new Date(Date.parse(plan.startUtc) - choices.bufferBeforeMinutes * 60_000).toISOString(),
          end: new Date(Date.parse(plan.endUtc) + choices.bufferAfterMinutes * 60_000).toISOString(),
        },
        { locale: services.locale, timeZone, mode: settings.contractorMode ? "contractor" : "pto" },
      ),
    [plan, choices, services.locale, timeZone, settings.contractorMode],
  );

  const findManager = useCallback(async () => {
    if (!services.manager) return;
    setLookup("working");
    try {
      const manager = await services.manager.manager();
      setFound(manager?.address ?? null);
      setLookup(manager ? "idle" : "none");
    } catch {
      // Reading the manager needs admin consent in many tenants; typing the address always works.
      setLookup("none");
    }
  }, [services]);

  const saveDraft = useCallback(
    async (to: string) => {
      const address = to.trim();
      if (!ADDRESS.test(address)) {
        setState({
          status: "failed",
          problem: {
            title: "Check the address",
            message: `"${address}" is not an email address. Type your manager's address, e.g. name@example.com.`,
          },
        });
        return;
      }
      setState({ status: "working" });
      try {
        assertNothingRevealed(subject, plan.reveal);
        assertNothingRevealed(text, plan.reveal);
        const draft = await services.messages.createDraft({ to: address, subject, text });
        // The draft is saved either way; failing to remember the address only means typing it again.
        if (address !== settings.managerAddress) await saveManagerAddress(address).catch(() => undefined);
        setState({ status: "saved", to: address, webLink: draft.webLink });
      } catch (error) {
        setState({ status: "failed", problem: problemFrom(error, "save the draft") });
      }
    },
    [services, plan.reveal, subject, text, settings.managerAddress, saveManagerAddress],
  );

  return {
    state,
    subject,
    text,
    suggestedAddress: settings.managerAddress ?? found ?? "",
    canLookUp: services.manager !== null && settings.managerAddress === null,
    lookup,
    findManager,
    saveDraft,
  };
}
