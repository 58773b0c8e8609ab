import { createSignal, Show } from 'solid-js';
import { useServices, type PaperPreference } from '../services';
import type { Answers } from '../worksheet/types';
import { useConfirm } from './ConfirmDialog';
import { downloadWorksheetPdf } from './pdfExport';
import { withFontNotice } from './fontNotice';

/** "Take it home": the finished worksheet or a blank handout as a PDF, Letter or A4. */
export function ExportPanel(props: { answers: () => Answers; beforeExport: () => Promise<void> }) {
  const confirm = useConfirm();
  const preference = useServices().paper;
  const [paper, setPaper] = createSignal<PaperPreference>(preference.load());
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');

  const run = async (blank: boolean) => {
    setBusy(true);
    const preparing = blank ? 'Preparing the blank handout…' : 'Preparing your PDF…';
    setMessage(preparing);
    try {
      await props.beforeExport();
      const result = await withFontNotice(setMessage, preparing, () =>
        downloadWorksheetPdf({ answers: props.answers(), paper: paper(), blank, confirm }),
      );
      setMessage(result === 'saved' ? 'PDF downloaded. Check your Downloads folder.' : '');
    } catch (error) {
      console.error(error);
      setMessage('The PDF could not be made. Your worksheet is safe; please try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Take it home</h2>
      <label for="paper-size">Paper size</label>
      <select
        id="paper-size"
        value={paper()}
        onChange={(event) => {
          const next = event.currentTarget.value === 'a4' ? 'a4' : 'letter';
          setPaper(next);
          preference.save(next);
        }}
      >
        <option value="letter">US Letter</option>
        <option value="a4">A4</option>
      </select>
      <button type="button" class="primary" disabled={busy()} onClick={() => void run(false)}>
        Export PDF
      </button>
      <button type="button" disabled={busy()} onClick={() => void run(true)}>
        Blank handout (PDF)
      </button>
      <button type="button" class="link" onClick={() => window.print()}>
        Print this page
      </button>
      <p class="export-status" role="status">
        <Show when={message()}>{message()}</Show>
      </p>
    </section>
  );
}
