/** The scores of the assessment, asked of the scoring service again whenever the workspace changes. */
import { useEffect, useState } from 'react';
import type { Workspace } from '../../electron/contract/capture-types.ts';
import type { ScoreReport } from '../../electron/contract/scores.ts';
import { call } from '../api/client.ts';

export function useScores(workspace: Workspace | null) {
  const [report, setReport] = useState<ScoreReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!workspace) return;
    let live = true;
    call('scores.get', { assessmentId: workspace.assessment.id }).then(
      (r) => live && setReport(r),
      (e) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [workspace]);
  return { report, error };
}
