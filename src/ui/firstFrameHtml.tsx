import { renderToString } from 'solid-js/web';
import { TEMPLATE } from '../worksheet/template';
import { promptsOf } from '../worksheet/walk';
import { FirstFrame } from './FirstFrame';

/**
 * The first frame as HTML, for the build to write into index.html (it runs in Node, with
 * Solid's server renderer). Only text fields can be taken over with what was typed in them,
 * so a first section that asks anything else is a build error, not a lost answer.
 */
export function firstFrameHtml(wide: boolean): string {
  const first = TEMPLATE.sections[0];
  if (!first) throw new Error('The worksheet has no section to draw a first frame of.');
  for (const prompt of promptsOf(first))
    if (prompt.kind !== 'shortText' && prompt.kind !== 'longText')
      throw new Error(`The first frame can take over only text fields; "${prompt.id}" is a ${prompt.kind}.`);
  return renderToString(() => <FirstFrame wide={wide} />);
}
