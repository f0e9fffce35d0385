import {
  Body1,
  Button,
  Card,
  CardHeader,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { useKeepPrivateCardStyles } from "./KeepPrivateCard.styles";
import { Notice } from "./Notice";

export interface KeepPrivateChoices {
  showAs: "busy" | "oof";
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
}

export interface KeepPrivateCardProps {
  /** The item is an invite on the user's calendar, so its own copy can be marked private. */
  onCalendar: boolean;
  /** The neutral word the block will be called, e.g. "Appointment". */
  blockSubject: string;
  choices: KeepPrivateChoices;
  onChoicesChange(choices: KeepPrivateChoices): void;
  status: "idle" | "working" | "done" | "failed";
  /** What was done, and what could not be (or may not last), in plain sentences. */
  done: string[];
  notDone: string[];
  problem?: { title: string; message: string };
  onMarkInvite(): void;
  onCreateBlock(): void;
}

function clampMinutes(value: number | null | undefined): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return 0;
  return Math.min(480, Math.max(0, Math.round(value)));
}

/** "Keep it private": mark the invite private, or block the time under a neutral word. */
export function KeepPrivateCard(props: KeepPrivateCardProps) {
  const { onCalendar, blockSubject, choices, onChoicesChange, status, done, notDone, problem } = props;
  const styles = useKeepPrivateCardStyles();
  const set = (patch: Partial<KeepPrivateChoices>) => onChoicesChange({ ...choices, ...patch });
  const working = status === "working";
  return (
    <Card role="region" aria-label="Keep it private">
      <CardHeader
        header={
          <Text weight="semibold" as="h2">
            Keep it private
          </Text>
        }
      />
      <div className={styles.body}>
        <Body1>
          {onCalendar
            ? "Mark your copy of this invite private with no reminder, or add your own private block for it."
            : `Add your own private block called "${blockSubject}": no attendees, no details.`}
        </Body1>
        <Field label="Show the time as">
          <RadioGroup
            layout="horizontal"
            value={choices.showAs}
            onChange={(_, d) => set({ showAs: d.value === "oof" ? "oof" : "busy" })}
          >
            <Radio value="busy" label="Busy" />
            <Radio value="oof" label="Out of office" />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Field label="Travel before (minutes)" className={styles.buffer}>
            <SpinButton
              min={0}
              max={480}
              step={15}
              value={choices.bufferBeforeMinutes}
              onChange={(_, d) =>
                set({ bufferBeforeMinutes: clampMinutes(d.value ?? Number(d.displayValue)) })
              }
            />
          </Field>
          <Field label="Travel after (minutes)" className={styles.buffer}>
            <SpinButton
              min={0}
              max={480}
              step={15}
              value={choices.bufferAfterMinutes}
              onChange={(_, d) =>
                set({ bufferAfterMinutes: clampMinutes(d.value ?? Number(d.displayValue)) })
              }
            />
          </Field>
        </div>
        <div className={styles.row}>
          {onCalendar && (
            <Button appearance="primary" disabled={working} onClick={props.onMarkInvite}>
              Keep it private
            </Button>
          )}
          <Button
            appearance={onCalendar ? "secondary" : "primary"}
            disabled={working}
            onClick={props.onCreateBlock}
          >
            {onCalendar ? "Add my own private block" : `Block the time as "${blockSubject}"`}
          </Button>
        </div>
        {working && <Spinner size="tiny" label="Updating your calendar…" />}
        {status === "done" && (
          <div role="status" aria-label="What was done">
            {done.length > 0 && (
              <ul aria-label="Done" className={styles.list}>
                {done.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {notDone.length > 0 && (
              <>
                <Text as="h3" weight="semibold" size={200}>
                  Good to know
                </Text>
                <ul aria-label="Not done" className={styles.list}>
                  {notDone.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {status === "failed" && problem && (
          <Notice intent="error" title={problem.title}>
            {problem.message}
          </Notice>
        )}
      </div>
    </Card>
  );
}
