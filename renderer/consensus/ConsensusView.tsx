/** Placeholder until this view is built. */
import type { WorkspaceApi } from '../capture/useWorkspace.ts';

export function ConsensusView(_props: { ws: WorkspaceApi }) {
  return null;
}
