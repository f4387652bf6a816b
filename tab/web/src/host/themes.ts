/** Teams' three themes and the Fluent themes that match them. */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'contrast';

export function fluentTheme(name: ThemeName): Theme {
  return name === 'dark' ? teamsDarkTheme : name === 'contrast' ? teamsHighContrastTheme : teamsLightTheme;
}

/** Teams names its themes 'default', 'dark' and 'contrast'. */
export function themeOfTeams(theme: string | undefined): ThemeName {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'light';
}

export function themeOfQuery(value: string | null): ThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'light';
}
