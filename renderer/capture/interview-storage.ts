/**
 * What the interview remembers in the browser: where the consultant is (per assessment, for
 * this window, so a reload returns there), the auto-advance choice (for good), and notes not
 * yet saved (so a reload or a too-long note never loses what was typed).
 */
import { useCallback, useState } from 'react';

export interface Place {
  questionId: string | null;
  respondentId: string | null;
}

const placeKey = (assessmentId: string) => `cx.interview.place.${assessmentId}`;
const draftKey = (assessmentId: string, key: string) => `cx.interview.draft.${assessmentId}.${key}`;
const AUTO_ADVANCE_KEY = 'cx.interview.autoAdvance';

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
function write(storage: Storage, key: string, value: string | null) {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Storage full or disabled: the place or draft is simply not remembered.
  }
}

export function loadPlace(assessmentId: string): Place {
  try {
    const value = JSON.parse(read(sessionStorage, placeKey(assessmentId)) ?? '{}') as Partial<Place>;
    return {
      questionId: typeof value.questionId === 'string' ? value.questionId : null,
      respondentId: typeof value.respondentId === 'string' ? value.respondentId : null,
    };
  } catch {
    return { questionId: null, respondentId: null };
  }
}

export function usePlace(assessmentId: string): [Place, (next: Partial<Place>) => void] {
  const [place, setPlace] = useState<Place>(() => loadPlace(assessmentId));
  const update = useCallback(
    (next: Partial<Place>) =>
      setPlace((current) => {
        const merged = { ...current, ...next };
        if (merged.questionId === current.questionId && merged.respondentId === current.respondentId) return current;
        write(sessionStorage, placeKey(assessmentId), JSON.stringify(merged));
        return merged;
      }),
    [assessmentId],
  );
  return [place, update];
}

export function useAutoAdvance(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => read(localStorage, AUTO_ADVANCE_KEY) !== 'off');
  const update = useCallback((next: boolean) => {
    write(localStorage, AUTO_ADVANCE_KEY, next ? 'on' : 'off');
    setOn(next);
  }, []);
  return [on, update];
}

export const loadDraft = (assessmentId: string, key: string) => read(sessionStorage, draftKey(assessmentId, key));
export const saveDraft = (assessmentId: string, key: string, text: string | null) =>
  write(sessionStorage, draftKey(assessmentId, key), text);
