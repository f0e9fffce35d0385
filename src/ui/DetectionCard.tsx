import { Badge, Body1, Card, CardHeader, Field, Input, Link, Select, Text } from "@fluentui/react-components";
import { useDetectionCardStyles } from "./DetectionCard.styles";

export type VerdictKind = "candidate" | "interviewer" | "none";
export type StageValue = "screen" | "technical" | "onsite" | "final" | "unknown";

/** The fields the detector read; the user may correct every editable one. */
export interface InterviewFields {
  company: string;
  agency: string;
  stage: StageValue;
  joinUrl: string;
}

export interface DetectionCardProps {
  interview: boolean;
  role: VerdictKind;
  confidence: number;
  /** Human-readable evidence, e.g. "organizer is external". */
  signals: string[];
  /** Already formatted for the user, e.g. "Thu, 3 Dec, 13:30 – 14:30". */
  when?: string;
  fields: InterviewFields;
  onFieldsChange(fields: InterviewFields): void;
}

const stageLabels: Record<StageValue, string> = {
  screen: "Screen",
  technical: "Technical",
  onsite: "Onsite or panel",
  final: "Final",
  unknown: "Not said",
};

function headline(interview: boolean, role: VerdictKind): string {
  if (interview) return "Job interview: you are the candidate";
  if (role === "interviewer") return "You are on the hiring side here";
  if (role === "candidate") return "About your job search, with no interview time";
  return "Not a job interview";
}

/** The detector's verdict with its evidence and the fields it read, editable in place. */
export function DetectionCard({
  interview,
  role,
  confidence,
  signals,
  when,
  fields,
  onFieldsChange,
}: DetectionCardProps) {
  const styles = useDetectionCardStyles();
  const set = (patch: Partial<InterviewFields>) => onFieldsChange({ ...fields, ...patch });
  return (
    <Card aria-label="Interview check">
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            {headline(interview, role)}
          </Text>
        }
        action={
          <Badge appearance="tint" color={interview ? "brand" : "informative"}>
            {`${Math.round(confidence * 100)}% sure`}
          </Badge>
        }
      />
      <div>
        <Text as="h3" weight="semibold" size={200}>
          Why
        </Text>
        {signals.length === 0 ? (
          <Body1>Nothing in this item points to a job interview.</Body1>
        ) : (
          <ul aria-label="Evidence" className={styles.evidence}>
            {signals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        )}
      </div>
      {interview && (
        <div className={styles.fields}>
          {when && <Body1>{when}</Body1>}
          <Field label="Company">
            <Input value={fields.company} onChange={(_, d) => set({ company: d.value })} />
          </Field>
          <Field label="Agency">
            <Input value={fields.agency} onChange={(_, d) => set({ agency: d.value })} placeholder="None" />
          </Field>
          <Field label="Stage">
            <Select value={fields.stage} onChange={(_, d) => set({ stage: d.value as StageValue })}>
              {Object.entries(stageLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Join link">
            <Input
              type="url"
              value={fields.joinUrl}
              onChange={(_, d) => set({ joinUrl: d.value })}
              placeholder="None"
            />
          </Field>
          {/^https:\/\//.test(fields.joinUrl) && (
            <Link href={fields.joinUrl} target="_blank" rel="noreferrer noopener">
              Open the join link
            </Link>
          )}
        </div>
      )}
    </Card>
  );
}
