import { useCallback, useRef } from 'react';

/**
 * Where the keyboard focus goes when a dialog over a list closes. The dialog's own return of focus
 * (MUI's) fails when the control that opened it is gone — the button of the row just deleted, a
 * bulk bar that emptied — and drops the focus on the page's body, so a keyboard user starts again
 * from the top. Instead: `rememberOpener` when the dialog is asked for (in the click or key
 * handler, while the opener has the focus); the dialog, with `disableRestoreFocus`, calls
 * `returnFocus` once closed, which focuses the opener if it is still on the page and otherwise the
 * container marked with `listArea` (tabIndex -1). After an action that removes the opener's row
 * (a deletion), `forgetOpener`: the row may still be on screen until the list is fetched again.
 */
export function useFocusReturn<Container extends HTMLElement>() {
  const listArea = useRef<Container>(null);
  const opener = useRef<HTMLElement | null>(null);
  const rememberOpener = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  const forgetOpener = useCallback(() => {
    opener.current = null;
  }, []);
  const returnFocus = useCallback(() => {
    const target = opener.current;
    opener.current = null;
    if (target?.isConnected && target !== document.body) target.focus();
    else listArea.current?.focus();
  }, []);
  return [listArea, rememberOpener, returnFocus, forgetOpener] as const;
}
