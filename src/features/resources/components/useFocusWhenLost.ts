import { useEffect, type RefObject } from 'react';

/**
 * Gives focus to `target` when it has fallen to the page body: after a form in the pane closes or
 * a deleted row leaves the table, keyboard users continue from the pane, not from the page top.
 * Runs when the component mounts and whenever `trigger` changes.
 */
export function useFocusWhenLost(target: RefObject<HTMLElement | null>, trigger?: unknown) {
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) target.current?.focus();
  }, [target, trigger]);
}
