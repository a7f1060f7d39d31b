/** Placeholder until this view is built. */
import type { WorkspaceApi } from './useWorkspace.ts';

export function InterviewView(_props: { ws: WorkspaceApi }) {
  return null;
}
