import { render, screen } from '@solidjs/testing-library';
import userEvent from '@testing-library/user-event';
import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { ConfirmProvider, useConfirm } from '../../src/ui/ConfirmDialog';

/** A button that asks before deleting, and shows what the user answered. */
function DeleteButton() {
  const confirm = useConfirm();
  const [answer, setAnswer] = createSignal('not asked');
  const ask = async () => {
    const ok = await confirm({ title: 'Delete this worksheet?', body: 'It cannot be undone.', action: 'Delete' });
    setAnswer(ok ? 'deleted' : 'kept');
  };
  return (
    <>
      <button type="button" onClick={() => void ask()}>
        Delete worksheet
      </button>
      <p>{answer()}</p>
    </>
  );
}

describe('confirm dialog', () => {
  it('throws outside its provider instead of answering yes', () => {
    expect(() => render(() => <DeleteButton />)).toThrow(/ConfirmProvider/);
    expect(screen.queryByText('deleted')).toBeNull();
  });

  it('asks, and deletes only when the user confirms', async () => {
    const user = userEvent.setup();
    render(() => (
      <ConfirmProvider>
        <DeleteButton />
      </ConfirmProvider>
    ));
    await user.click(screen.getByRole('button', { name: 'Delete worksheet' }));
    expect(screen.getByRole('heading', { name: 'Delete this worksheet?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('kept')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete worksheet' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('deleted')).toBeTruthy();
  });
});
