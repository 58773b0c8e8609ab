import { useNavigate } from '@tanstack/solid-router';
import { createSignal, onMount, Show } from 'solid-js';
import { describeStorageError } from '../store/errors';
import { createWorksheet } from '../store/worksheets';
import { Missing } from './Missing';

/** /new: a link a facilitator can share; it starts a worksheet and opens it. */
export default function NewWorksheet() {
  const navigate = useNavigate();
  const [error, setError] = createSignal('');
  onMount(async () => {
    try {
      const record = await createWorksheet();
      await navigate({ to: '/worksheets/$id', params: { id: record.id }, replace: true });
    } catch (failure) {
      setError(describeStorageError(failure));
    }
  });
  return (
    <Show when={error()} fallback={<p class="loading" role="status">Starting a new worksheet…</p>}>
      <Missing title="A new worksheet could not be started">{error()}</Missing>
    </Show>
  );
}
