import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildWorksheetPdf } from '../../src/pdf/worksheetPdf';
import { fontsNeeded } from '../../src/pdf/scripts';
import { pdfTexts } from '../../src/pdf/worksheetPdf';
import { emptyAnswers } from '../../src/worksheet/answers';
import { TEMPLATE } from '../../src/worksheet/template';
import { nodeFonts } from '../pdf/fonts';
import { readPdf } from '../pdf/text';

test('scratch', async () => {
  const a = emptyAnswers(TEMPLATE);
  a.text['cover.name'] = 'María Nguyễn 儿童福利';
  a.text['cover.session'] = 'Fresno Director’s Institute';
  a.blanks.levels = ['Family', ''];
  a.lists.improvements![0]!.text = 'Safety Organized Practice';
  a.crosswalks.crosswalk![0]!.initiative = 'Safety Organized Practice';
  a.crosswalks.crosswalk![0]!.cells.engagement = 'Solution-focused questions; mapping with families. '.repeat(4);
  a.text['benefits.families'] = 'Добро пожаловать. Բարի գալուստ. 안녕하세요. ' + 'x'.repeat(200) + ' <script>alert(1)</script> %PDF-1.4';
  const t0 = performance.now();
  const bytes = buildWorksheetPdf(TEMPLATE, a, nodeFonts(fontsNeeded(pdfTexts(TEMPLATE, a))), { paper: 'letter', replaceUndrawable: true });
  console.log('ms', performance.now() - t0, 'bytes', bytes.byteLength);
  writeFileSync('/tmp/w.pdf', new Uint8Array(bytes));
  const text = await readPdf(bytes);
  console.log(text.pages, text.all.slice(0, 600), text.info);
}, 60000);
