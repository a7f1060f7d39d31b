/** Loads the assessment list (live or deleted) and reloads it on demand. */
import { useCallback, useEffect, useState } from 'react';
import type { AssessmentSummary } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';

export function useAssessments(search: string, deleted: boolean) {
  const [rows, setRows] = useState<AssessmentSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setRows(await call('assessments.list', { search: search || undefined, deleted }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [search, deleted]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { rows, error, reload };
}
