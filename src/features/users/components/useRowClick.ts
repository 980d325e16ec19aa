import { useEffect, useRef } from 'react';

/**
 * A click on a row (`tr[data-mail]`) outside its controls calls `open(mail)` — the mouse shortcut
 * of guide 3.5.1 («выбрать левой клавишей мыши нужного пользователя»). Keyboard users have the
 * row's address link; so one listener on the table body serves every row, and no row carries a
 * click handler without a keyboard equivalent.
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
      // The row's own controls do their own thing; ending a text selection is not a click.
      if (target.closest('a, button, input, label')) return;
      if (window.getSelection()?.toString()) return;
      const mail = target.closest('tr')?.dataset.mail;
      if (mail) latestOpen.current(mail);
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, []);
  return body;
}
