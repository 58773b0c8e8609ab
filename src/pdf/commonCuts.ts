/**
 * The Chinese and Korean fonts are large (10 MB and 6 MB), yet names and answers almost always
 * use only the characters of the national standard sets: GB 2312 and Big5's common characters
 * for Chinese (about 8,900 Han characters, simplified and traditional), KS X 1001's 2,350
 * syllables for Korean. Each font also comes cut down to those characters (a third and a sixth
 * of the bytes, cut at build time by vite.config.ts); an export downloads the whole font only
 * when its text has a character outside the cut.
 *
 * The sets are read from the standards' own byte tables with the platform's decoders (every
 * browser and Node have them), so the build and the app agree without a list in the code.
 */
export type CutFont = 'cjk' | 'hangul';

/** Inclusive byte ranges: lead bytes, then the trail byte ranges valid after each. */
interface DoubleByteTable {
  encoding: string;
  leads: [number, number];
  trails: Array<[number, number]>;
}

const TABLES: Record<CutFont, DoubleByteTable[]> = {
  cjk: [
    // GB 2312: symbols and punctuation (rows 1–9), then the 6,763 Han characters.
    { encoding: 'gbk', leads: [0xa1, 0xa9], trails: [[0xa1, 0xfe]] },
    { encoding: 'gbk', leads: [0xb0, 0xf7], trails: [[0xa1, 0xfe]] },
    // Big5: symbols, then the 5,401 frequently used characters.
    {
      encoding: 'big5',
      leads: [0xa1, 0xc6],
      trails: [
        [0x40, 0x7e],
        [0xa1, 0xfe],
      ],
    },
  ],
  hangul: [
    // KS X 1001: symbols, jamo and the 2,350 syllables (rows 1–12 and 16–40).
    { encoding: 'euc-kr', leads: [0xa1, 0xac], trails: [[0xa1, 0xfe]] },
    { encoding: 'euc-kr', leads: [0xb0, 0xc8], trails: [[0xa1, 0xfe]] },
  ],
};

/** Blocks kept whole in a cut: printable ASCII, CJK punctuation, kana, jamo, full-width forms. */
const BLOCKS: Record<CutFont, Array<[number, number]>> = {
  cjk: [
    [0x20, 0x7e],
    [0x3000, 0x30ff],
    [0x3100, 0x312f],
    [0xff00, 0xffef],
  ],
  hangul: [
    [0x20, 0x7e],
    [0x1100, 0x11ff],
    [0x3000, 0x303f],
    [0x3130, 0x318f],
    [0xff00, 0xffef],
  ],
};

/** Every character a double-byte table maps, decoded at once (each pair is one character or U+FFFD). */
function decodeTable({ encoding, leads, trails }: DoubleByteTable): string[] {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++)
    for (const [first, last] of trails) for (let trail = first; trail <= last; trail++) bytes.push(lead, trail);
  return [...new TextDecoder(encoding).decode(new Uint8Array(bytes))].filter((char) => char !== '\ufffd');
}

const cuts = new Map<CutFont, ReadonlySet<string>>();

/** The characters a font's cut keeps (those the font itself has, of these, are what it holds). */
export function cutCharacters(font: CutFont): ReadonlySet<string> {
  let set = cuts.get(font);
  if (!set) {
    const chars = new Set(TABLES[font].flatMap(decodeTable));
    for (const [first, last] of BLOCKS[font]) for (let code = first; code <= last; code++) chars.add(String.fromCodePoint(code));
    cuts.set(font, (set = chars));
  }
  return set;
}
