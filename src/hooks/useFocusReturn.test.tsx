import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useFocusReturn } from './useFocusReturn';

/** A list with one removable opener, and a "dialog" that closes by a button of its own. */
function ListWithDialog() {
  const [listArea, rememberOpener, returnFocus, forgetOpener] = useFocusReturn<HTMLElement>();
  const [openerShown, setOpenerShown] = useState(true);
  const [dialogOpen, setDialogOpen] = useState(false);
  return (
    <>
      <section ref={listArea} tabIndex={-1} aria-label="List">
        {openerShown ? (
          <button
            onClick={() => {
              rememberOpener();
              setDialogOpen(true);
            }}
          >
            Open
          </button>
        ) : null}
      </section>
      {dialogOpen ? (
        <div role="dialog" aria-label="Dialog">
          <button onClick={() => setOpenerShown(false)}>Remove the opener</button>
          <button onClick={forgetOpener}>Forget the opener</button>
          <button
            onClick={() => {
              setDialogOpen(false);
              returnFocus();
            }}
          >
            Close
          </button>
        </div>
      ) : null}
    </>
  );
}

it('gives the focus back to the opener while it is on the page', async () => {
  const user = userEvent.setup();
  render(<ListWithDialog />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
});

it.each([
  ['is gone', 'Remove the opener'],
  ['is on its way out (forgotten)', 'Forget the opener'],
])('puts the focus on the list when the opener %s', async (_case, step) => {
  const user = userEvent.setup();
  render(<ListWithDialog />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  await user.click(screen.getByRole('button', { name: step }));
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.getByRole('region', { name: 'List' })).toHaveFocus();
});
