import { useCallback, useState } from "react";
import { assertNothingRevealed, neutralSubject, type Settings } from "../../core";
import { blockRef } from "../../graph";
import type { LeavePlan } from "./leavePlanFor";
import type { OpenItem } from "./officeHost";
import { problemFrom, type Problem } from "./problemFrom";
import type { RecordedCalendar } from "./recordInterview";
import type { TaskPaneServices } from "./TaskPaneServices";

export interface BlockChoices {
  showAs: "busy" | "oof";
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export type KeepPrivateState =
  | { status: "idle" }
  | { status: "working" }
  | { status: "done"; done: string[]; notDone: string[] }
  | { status: "failed"; problem: Problem };

function minutes(n: number): string {
  return n === 1 ? "1 minute" : `${n} minutes`;
}

/**
 * "Keep it private": marks the user's copy of an invite private with no reminder and reads it back,
 * or creates the user's own neutral block. Every text is checked before the write; a retry never
 * duplicates (the block's transactionId comes from the interview id and its times).
 */
const SAVE_FAILED =
  "It could not be saved to your interview list, so the check-up will not watch it; the calendar change stands.";

export function useKeepPrivate(
  services: TaskPaneServices,
  item: OpenItem,
  plan: LeavePlan,
  settings: Settings,
  /** Stores the interview (and its planned PTO) in the user's app data; false when that failed. */
  record: (calendar: RecordedCalendar, choices: BlockChoices) => Promise<boolean>,
) {
  const [state, setState] = useState<KeepPrivateState>({ status: "idle" });

  const markInvite = useCallback(
    async (choices: BlockChoices) => {
      setState({ status: "working" });
      try {
        const eventId = await services.eventIdFor(item);
        if (eventId === null) {
          setState({
            status: "done",
            done: [],
            notDone: [
              "This invite is not on your calendar yet, so there is nothing to mark. Add your own private block instead.",
            ],
          });
          return;
        }
        const { verified, state: read } = await services.calendar.markPrivate(eventId);
        // The marker lets the check-up find this event again; it holds an id, never a name.
        await services.calendar.setMarker(eventId, blockRef(plan.interviewId, "main"));
        const done: string[] = [];
        const notDone: string[] = [];
        if (read.sensitivity === "private")
          done.push("Marked your copy private: others see only that you are busy.");
        else notDone.push("Outlook did not keep it private. Try again, or add your own private block.");
        if (read.isReminderOn === false)
          done.push("Turned its reminder off, so no pop-up shows it during a screen share.");
        else notDone.push("Its reminder is still on. Turn it off in Outlook, or try again.");
        notDone.push(
          verified
            ? "An organizer's update can reset this; the privacy check-up will re-check it."
            : "Read-back did not confirm every change; the privacy check-up will re-check it.",
        );
        notDone.push(
          "The organizer's own copy and the other attendees' copies are theirs: they still see the original.",
        );
        if (await record({ eventId }, choices))
          done.push("Saved to your interviews, with its time off planned.");
        else if (services.appData) notDone.push(SAVE_FAILED);
        setState({ status: "done", done, notDone });
      } catch (error) {
        setState({ status: "failed", problem: problemFrom(error, "mark it private") });
      }
    },
    [services, item, plan.interviewId, record],
  );

  const createBlock = useCallback(
    async (choices: BlockChoices) => {
      setState({ status: "working" });
      try {
        // Refuses a neutral word that names the company, agency or recruiter before anything is written.
        const subject = neutralSubject(settings.neutralWord, "en", plan.reveal);
        assertNothingRevealed(subject, plan.reveal);
        const created = await services.blocks.createBlocks({
          interviewId: plan.interviewId,
          subject,
          mustNotMention: [
            ...(plan.reveal.companies ?? []),
            ...(plan.reveal.agencies ?? []),
            ...(plan.reveal.recruiters ?? []),
            ...(plan.reveal.otherTerms ?? []),
          ],
          startUtc: plan.startUtc,
          endUtc: plan.endUtc,
          showAs: choices.showAs,
          reminderMinutes: settings.reminderMinutesBeforeStart,
          bufferBeforeMinutes: choices.bufferBeforeMinutes,
          bufferAfterMinutes: choices.bufferAfterMinutes,
        });
        const done = [
          `Added "${subject}" to your calendar: private, no attendees, no details, shown as ${choices.showAs === "oof" ? "out of office" : "busy"}, with the only reminder.`,
        ];
        if (created.before)
          done.push(`Added ${minutes(choices.bufferBeforeMinutes)} of travel time before it.`);
        if (created.after) done.push(`Added ${minutes(choices.bufferAfterMinutes)} of travel time after it.`);
        const notDone = plan.onCalendar
          ? [
              "The original invite is still on your calendar as it was; keep it private too, or decline it if this block replaces it.",
            ]
          : [];
        const saved = await record(
          {
            blockEventId: created.main.id ?? null,
            bufferEventIds: [created.before?.id, created.after?.id].filter((id): id is string => !!id),
          },
          choices,
        );
        if (saved) done.push("Saved to your interviews, with its time off planned.");
        else if (services.appData) notDone.push(SAVE_FAILED);
        setState({ status: "done", done, notDone });
      } catch (error) {
        setState({ status: "failed", problem: problemFrom(error, "add your private block") });
      }
    },
    [services, plan, settings.neutralWord, settings.reminderMinutesBeforeStart, record],
  );

  return { state, markInvite, createBlock };
}
