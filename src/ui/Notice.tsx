import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface NoticeProps {
  intent: "info" | "warning" | "error" | "success";
  title: string;
  /** What happened and what to do next, in plain words. */
  children: string;
}

/** The one way both hosts tell the user something: a Fluent MessageBar with a title and what to do. */
export function Notice({ intent, title, children }: NoticeProps) {
  return (
    <MessageBar intent={intent} role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
