import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

/** The three appearances both hosts report: Teams (default/dark/contrast) and Office (light/dark body colour). */
export type Appearance = "light" | "dark" | "contrast";

export function themeFor(appearance: Appearance): Theme {
  switch (appearance) {
    case "dark":
      return webDarkTheme;
    case "contrast":
      return teamsHighContrastTheme;
    default:
      return webLightTheme;
  }
}

/** Teams' own dark theme, for the tab inside Teams. */
export function teamsThemeFor(appearance: Appearance): Theme {
  return appearance === "dark" ? teamsDarkTheme : themeFor(appearance);
}
