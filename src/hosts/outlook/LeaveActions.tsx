import { useCallback, useState } from "react";
import { neutralSubject, type Settings } from "../../core";
import {
  KeepPrivateCard,
  ManagerNoteCard,
  Notice,
  PtoCostCard,
  type InterviewFields,
  type KeepPrivateChoices,
} from "../../ui";
import type { LeavePlan } from "./leavePlanFor";
import type { OpenItem } from "./officeHost";
import { recordInterview, type RecordedCalendar } from "./recordInterview";
import type { TaskPaneServices } from "./TaskPaneServices";
import { useKeepPrivate } from "./useKeepPrivate";
import { useManagerNote } from "./useManagerNote";
import { usePaneSettings, type PaneSettings } from "./usePaneSettings";
import { usePtoCost } from "./usePtoCost";

export interface LeaveActionsProps {
  services: TaskPaneServices;
  item: OpenItem;
  plan: LeavePlan;
  /** The interview's fields as the user corrected them, stored with the interview. */
  fields: InterviewFields;
  /** The mailbox's zone, for the note's times when the working hours are not known yet. */
  timeZone: string;
}

function choicesFrom(settings: Settings): KeepPrivateChoices {
  return {
    showAs: settings.showAs,
    bufferBeforeMinutes: settings.bufferBeforeMinutes,
    bufferAfterMinutes: settings.bufferAfterMinutes,
  };
}

/** The block's subject as it will be written, or the default when the stored word clashes. */
function subjectPreview(settings: Settings, plan: LeavePlan): string {
  try {
    return neutralSubject(settings.neutralWord, "en", plan.reveal);
  } catch {
    return settings.neutralWord;
  }
}

function Actions({
  services,
  item,
  plan,
  fields,
  timeZone,
  pane,
}: LeaveActionsProps & { pane: PaneSettings }) {
  const [choices, setChoices] = useState<KeepPrivateChoices>(() => choicesFrom(pane.settings));
  const { settings, time, policy } = pane;
  const record = useCallback(
    (calendar: RecordedCalendar, chosen: KeepPrivateChoices) =>
      recordInterview(services.appData, {
        plan,
        fields,
        calendar,
        // Contractors book no PTO; without working hours there is no honest figure to book.
        pto:
          settings.contractorMode || time === null
            ? null
            : {
                workingHours: time.workingHours,
                policy,
                bufferBeforeMinutes: chosen.bufferBeforeMinutes,
                bufferAfterMinutes: chosen.bufferAfterMinutes,
              },
        nowMs: services.now(),
      }),
    [services, plan, fields, settings.contractorMode, time, policy],
  );
  const keep = useKeepPrivate(services, item, plan, pane.settings, record);
  const cost = usePtoCost(
    plan,
    choices,
    pane.time?.workingHours ?? null,
    pane.settings,
    pane.policy,
    pane.ledger,
    services.locale,
  );
  const note = useManagerNote(
    services,
    plan,
    choices,
    pane.settings,
    pane.time?.timeZone ?? timeZone,
    pane.saveManagerAddress,
  );
  const [address, setAddress] = useState<string | null>(null);
  const to = address ?? note.suggestedAddress;
  const k = keep.state;
  const n = note.state;
  return (
    <>
      {pane.problem && (
        <Notice intent="warning" title={pane.problem.title}>
          {pane.problem.message}
        </Notice>
      )}
      {pane.time?.fallback && (
        <Notice intent="warning" title="Check your time zone">
          {`${pane.time.fallback} PTO figures may be off by the difference.`}
        </Notice>
      )}
      <KeepPrivateCard
        onCalendar={plan.onCalendar}
        blockSubject={subjectPreview(pane.settings, plan)}
        choices={choices}
        onChoicesChange={setChoices}
        status={k.status}
        done={k.status === "done" ? k.done : []}
        notDone={k.status === "done" ? k.notDone : []}
        {...(k.status === "failed" ? { problem: k.problem } : {})}
        onMarkInvite={() => void keep.markInvite(choices)}
        onCreateBlock={() => void keep.createBlock(choices)}
      />
      {cost === null ? (
        <PtoCostCard
          {...(pane.time === null && !pane.loading
            ? {
                mode: "unavailable" as const,
                reason: "Your working hours could not be read, so the PTO cost is not shown.",
              }
            : { mode: "loading" as const })}
        />
      ) : cost.mode === "pto" ? (
        <PtoCostCard
          mode="pto"
          hoursText={cost.hoursText}
          exactText={cost.exactText}
          balanceText={cost.balanceText}
          balanceNote={cost.balanceNote}
        />
      ) : (
        <PtoCostCard mode="contractor" hoursText={cost.hoursText} forgoneText={cost.forgoneText} />
      )}
      <ManagerNoteCard
        subject={note.subject}
        text={note.text}
        address={to}
        onAddressChange={setAddress}
        canLookUp={note.canLookUp}
        lookup={note.lookup}
        onLookUp={() => void note.findManager()}
        status={n.status}
        {...(n.status === "saved" ? { savedTo: n.to, webLink: n.webLink } : {})}
        {...(n.status === "failed" ? { problem: n.problem } : {})}
        onSaveDraft={() => void note.saveDraft(to)}
      />
    </>
  );
}

/** Steps 2 and 3 of the journey for an interview: keep it private, see the PTO, draft the note. */
export function LeaveActions(props: LeaveActionsProps) {
  const pane = usePaneSettings(props.services);
  if (pane.loading) return <PtoCostCard mode="loading" />;
  // Keyed by item: the choices start again from the settings when another interview is opened.
  return <Actions key={props.plan.interviewId} {...props} pane={pane} />;
}
