import { describe, expect, it } from 'vitest';
import { languageRuns } from '../../src/pdf/languages';

describe('the language a script tells', () => {
  it('leaves English, Spanish and Tagalog in the document language', () => {
    expect(languageRuns('Condado de Fresno — Peña')).toEqual([{ text: 'Condado de Fresno — Peña' }]);
    expect(languageRuns('Salamat po sa inyong tulong')).toEqual([{ text: 'Salamat po sa inyong tulong' }]);
  });

  it('splits Russian, Armenian, Korean and Chinese out of English at the spaces, punctuation staying with its word', () => {
    expect(languageRuns('Safer homes; Добро пожаловать, friends')).toEqual([
      { text: 'Safer homes;' },
      { text: ' Добро пожаловать,', lang: 'ru' },
      { text: ' friends' },
    ]);
    expect(languageRuns('Բարի գալուստ. 아동 복지')).toEqual([
      { text: 'Բարի գալուստ.', lang: 'hy' },
      { text: ' 아동 복지', lang: 'ko' },
    ]);
    expect(languageRuns('Data for 儿童福利 (continued)')).toEqual([
      { text: 'Data for' },
      { text: ' 儿童福利', lang: 'zh' },
      { text: ' (continued)' },
    ]);
  });

  it('reads Han with kana as Japanese', () => {
    expect(languageRuns('日本語のテキスト')).toEqual([{ text: '日本語のテキスト', lang: 'ja' }]);
  });

  it('takes Vietnamese letters, and plain Latin words between Vietnamese ones, as Vietnamese', () => {
    expect(languageRuns('Nguyễn Thị Minh Khai nói: gia đình là trên hết.')).toEqual([
      { text: 'Nguyễn Thị Minh Khai nói: gia đình là trên hết.', lang: 'vi' },
    ]);
    expect(languageRuns('Nguyễn Thị coaches supervisors')).toEqual([{ text: 'Nguyễn Thị', lang: 'vi' }, { text: ' coaches supervisors' }]);
  });
});
