/**
 * The interview's one-key shortcuts. They act only when the focus is not in a text field
 * (typing a note never answers a question) and no dialog is open.
 */
import { useEffect, useRef } from 'react';

export interface CaptureKeyHandlers {
  level: (level: number) => void;
  clear: () => void;
  na: () => void;
  next: () => void;
  previous: () => void;
  note: () => void;
  respondent: (step: 1 | -1) => void;
  undo: () => void;
  help: () => void;
}

const TEXT_INPUT_TYPES = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** A place where keys mean typing. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !TEXT_INPUT_TYPES.has(target.type);
  return target.getAttribute('role') === 'combobox' || target.getAttribute('role') === 'textbox';
}

/** Open menus, lists and popovers: their keys are theirs. */
const POPUPS = '[role="menu"],[role="listbox"],[role="dialog"]';

/** Widgets that use the arrow keys themselves (tabs, menus, lists, radio groups, sliders). */
const ARROW_OWNERS = '[role="tablist"],[role="menu"],[role="listbox"],[role="radiogroup"],[role="slider"],[role="tree"],[role="grid"]';

export function useCaptureKeys(enabled: boolean, handlers: CaptureKeyHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing || e.altKey) return;
      if (isTextField(e.target)) return;
      // A dialog (ours or anyone's), an open menu or a popover has the keyboard.
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      if (e.target instanceof Element && e.target.closest(POPUPS)) return;
      const h = latest.current;
      const key = e.key;
      if (e.ctrlKey || e.metaKey) {
        if (key.toLowerCase() === 'z' && !e.shiftKey) {
          e.preventDefault();
          h.undo();
        }
        return;
      }
      const arrow = key.startsWith('Arrow');
      if (arrow && e.target instanceof HTMLElement && e.target.closest(ARROW_OWNERS)) return;
      let act: (() => void) | null = null;
      if (key >= '1' && key <= '5' && key.length === 1) act = () => h.level(Number(key));
      else if (key === '0' || key === 'Backspace') act = () => h.clear();
      else if (key === 'n' || key === 'N') act = () => h.na();
      else if (key === 'j' || key === 'J' || key === 'ArrowDown' || key === 'ArrowRight') return run(e, () => h.next());
      else if (key === 'k' || key === 'K' || key === 'ArrowUp' || key === 'ArrowLeft') return run(e, () => h.previous());
      else if (key === 'e' || key === 'E') act = () => h.note();
      else if (key === 'r' || key === 'R') act = () => h.respondent(e.shiftKey ? -1 : 1);
      else if (key === '?') act = () => h.help();
      if (!act) return;
      // Holding a key down answers once, not a whole dimension.
      if (e.repeat) {
        e.preventDefault();
        return;
      }
      run(e, act);
    }
    function run(e: KeyboardEvent, act: () => void) {
      e.preventDefault();
      act();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
