import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeGuarded } from '../../src/pdf/events';
import { createDocument, pdfBytes } from '../../src/pdf/render';

describe('an error in one of our jsPDF event handlers', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fails the export instead of leaving a broken PDF behind (jsPDF itself only logs it)', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const doc = createDocument('letter', {});
    subscribeGuarded(doc, 'putCatalog', () => {
      throw new Error('the catalog entry could not be written');
    });
    expect(() => pdfBytes(doc)).toThrow(/The PDF could not be written: the catalog entry could not be written/);
    expect(logged).toHaveBeenCalled();
  });

  it('leaves a document whose handlers ran cleanly alone', () => {
    const doc = createDocument('letter', {});
    let ran = false;
    subscribeGuarded(doc, 'putCatalog', () => (ran = true));
    expect(pdfBytes(doc).byteLength).toBeGreaterThan(0);
    expect(ran).toBe(true);
  });
});
