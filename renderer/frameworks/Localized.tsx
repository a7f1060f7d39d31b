/**
 * Framework text in the interface language. A custom framework may lack a language: the
 * English is shown with a visible "EN" marker, so nobody mistakes it for a translation.
 */
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, PartialLocalizedText } from '../../electron/contract/framework-schema.ts';

export function pickText(text: PartialLocalizedText, language: string): { value: string; fallback: boolean } {
  const value = text[language as Language];
  return value ? { value, fallback: false } : { value: text.en, fallback: language !== 'en' };
}

export function Localized({ text }: { text: PartialLocalizedText }) {
  const { t, i18n } = useTranslation();
  const { value, fallback } = pickText(text, i18n.language);
  if (!fallback) return <>{value}</>;
  return (
    <span lang="en">
      {value}{' '}
      <Tooltip label={t('frameworks.fallbackHint')}>
        <Badge size="xs" variant="outline" color="gray" component="span" aria-label={t('frameworks.fallbackHint')}>
          EN
        </Badge>
      </Tooltip>
    </span>
  );
}
