import { FluentProvider } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { themeFor, type Appearance } from "./themeFor";
import { useAppFrameStyles } from "./AppFrame.styles";

export interface AppFrameProps {
  appearance: Appearance;
  /** Names the region for screen readers, e.g. "Graceful Leave task pane". */
  label: string;
  children: ReactNode;
}

/** Theme, fonts and the main landmark shared by the task pane, the tab and the demo. */
export function AppFrame({ appearance, label, children }: AppFrameProps) {
  const styles = useAppFrameStyles();
  return (
    <FluentProvider theme={themeFor(appearance)} className={styles.root}>
      <main aria-label={label} className={styles.main}>
        {children}
      </main>
    </FluentProvider>
  );
}
