/** One assessment, loaded by id, replaceable after each saved change. */
import { useCallback, useEffect, useState } from 'react';
import type { Assessment } from '../../electron/contract/api.ts';
import { call } from '../api/client.ts';

export function useAssessment(id: string) {
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    try {
      setAssessment(await call('assessments.get', { id }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { assessment, setAssessment, error, reload };
}
