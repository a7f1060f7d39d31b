/** Placeholder until this view is built. */
import type { WorkspaceApi } from '../capture/useWorkspace.ts';

export function PlanView(_props: { ws: WorkspaceApi }) {
  return null;
}
