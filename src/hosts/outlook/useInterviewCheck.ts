import { useMemo, useState } from "react";
import { detect, type Detection, type Mailbox } from "../../core";
import type { InterviewFields } from "../../ui";
import type { OpenItem } from "./officeHost";

function fieldsOf(detection: Detection): InterviewFields {
  return {
    company: detection.company ?? "",
    agency: detection.agency ?? "",
    stage: detection.stage ?? "unknown",
    joinUrl: detection.joinUrl ?? "",
  };
}

/** Runs the local detector on the open item; the user's corrections start from what it read. */
export function useInterviewCheck(item: OpenItem, owner: Mailbox, now: string) {
  const detection = useMemo(() => detect(item, owner, { now }), [item, owner, now]);
  const [edited, setEdited] = useState<{ forItem: OpenItem; fields: InterviewFields } | null>(null);
  // Corrections belong to one item: selecting another starts again from the detector's reading.
  const fields = edited && edited.forItem === item ? edited.fields : fieldsOf(detection);
  return {
    detection,
    fields,
    setFields: (next: InterviewFields) => setEdited({ forItem: item, fields: next }),
  };
}
