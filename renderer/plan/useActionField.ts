/**
 * One editable field of an action, saved at once (on leaving the field, on Enter, or on
 * choosing): what was typed stays on screen while it saves and after an error, which is
 * shown at the field. A change made elsewhere (the drawer, undo) replaces the draft.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../electron/contract/api.ts';
import type { Action } from '../../electron/contract/capture-types.ts';
import type { WorkspaceApi } from '../capture/useWorkspace.ts';
import { errorText, fieldError } from '../common/error-text.ts';

export type EditableField = Exclude<keyof MethodInput<'actions.update'>, 'id'>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const NOTHING = Symbol('nothing committed');

export function useActionField<F extends EditableField>(action: Action, field: F, updateAction: WorkspaceApi['updateAction']) {
  const { t } = useTranslation();
  const saved = action[field];
  const [draft, setDraft] = useState<Action[F]>(saved);
  const [shown, setShown] = useState<Action[F]>(saved);
  const [committed, setCommitted] = useState<Action[F] | typeof NOTHING>(NOTHING);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (!same(shown, saved)) {
    setShown(saved);
    // Our own save coming back keeps whatever was typed since; anything else replaces the draft.
    if (same(saved, committed)) {
      setCommitted(NOTHING);
    } else {
      setDraft(saved);
      setError(undefined);
    }
  }

  async function commit(value: Action[F] = draft): Promise<boolean> {
    if (same(value, saved)) {
      setError(undefined);
      return true;
    }
    setError(undefined);
    setCommitted(value);
    setBusy(true);
    try {
      await updateAction({ id: action.id, [field]: value } as MethodInput<'actions.update'>);
      return true;
    } catch (e) {
      setError(fieldError(t, e, field) ?? errorText(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setDraft(saved);
    setError(undefined);
  }

  return { saved, draft, setDraft, error, setError, busy, commit, reset };
}
