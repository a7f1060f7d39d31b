/**
 * Alerts that stay readable: Mantine's light alerts write the title in the alert's colour,
 * below the WCAG AA contrast ratio on the tinted background (even shade 9 of green or
 * orange); the title takes the text colour, and the tint says the kind.
 */
import type { MantineColor } from '@mantine/core';

export function readableAlert(color: MantineColor) {
  return { color, styles: { title: { color: 'var(--mantine-color-text)' } } } as const;
}
