import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** System fonts only (nothing is fetched); CJK fall back to the system's CJK fonts. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white button text above the WCAG AA contrast ratio (4.5:1).
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic UI", "Microsoft YaHei UI", "Microsoft JhengHei UI", sans-serif',
  defaultRadius: 'md',
});

/** Mantine's default "dimmed" grey is below AA contrast on white; use a darker one. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
