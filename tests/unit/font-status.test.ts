import { describe, expect, it } from 'vitest';
import { fontDownloadEnded, fontDownloadStarted, onFontDownloads, preparingMessage } from '../../src/pdf/fontStatus';

describe('the status of a large font download', () => {
  it('names the font being prepared', () => {
    expect(preparingMessage(['Chinese'])).toBe('Preparing the Chinese font…');
    expect(preparingMessage(['Chinese', 'Korean'])).toBe('Preparing the Chinese and Korean fonts…');
    expect(preparingMessage([])).toBe('');
  });

  it('tells listeners when downloads start and end, until they stop listening', () => {
    const heard: string[][] = [];
    const stop = onFontDownloads((names) => heard.push(names));
    fontDownloadStarted('Chinese');
    fontDownloadStarted('Korean');
    fontDownloadEnded('Chinese');
    fontDownloadEnded('Korean');
    stop();
    fontDownloadStarted('Chinese');
    fontDownloadEnded('Chinese');
    expect(heard).toEqual([['Chinese'], ['Chinese', 'Korean'], ['Korean'], []]);
  });
});
