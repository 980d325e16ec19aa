import { useEffect, useRef } from 'react';

/**
 * Opens a row's profile (`tr[data-mail]`) in the app, from one listener on the table body:
 * - the address link (`a.row-link`): a plain click or Enter stays in the app; with a modifier or
 *   the middle button the browser opens its `href` in a new tab, as with any link;
 * - anywhere else on the row outside its controls: the mouse shortcut of guide 3.5.1 («выбрать
 *   левой клавишей мыши нужного пользователя»); keyboard users have the link.
 * Plain anchors instead of the router's Link: fifty Links cost fifty sets of hooks and effects on
 * every page turn.
 */
export function useRowClick(open: (mail: string) => void) {
  const body = useRef<HTMLTableSectionElement>(null);
  const latestOpen = useRef(open);
  useEffect(() => {
    latestOpen.current = open;
  }, [open]);

  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const mail = target.closest('tr')?.dataset.mail;
      if (!mail || event.defaultPrevented) return;
      if (target.closest('a.row-link')) {
        const plain =
          event.button === 0 &&
          !event.metaKey &&
          !event.ctrlKey &&
          !event.shiftKey &&
          !event.altKey;
        if (!plain) return;
        event.preventDefault();
        latestOpen.current(mail);
        return;
      }
      // The row's own controls do their own thing; ending a text selection is not a click.
      if (target.closest('a, button, input, label')) return;
      if (window.getSelection()?.toString()) return;
      latestOpen.current(mail);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, []);
  return body;
}
