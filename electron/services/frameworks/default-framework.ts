/** The framework new assessments use unless another is chosen. */
export const DEFAULT_FRAMEWORK = { id: 'cx-ces-digital', version: '1.0.0' } as const;
