export const DEJAVU_RANGES: Array<[number, number]>;
export function isDejaVuFont(fileName: string): boolean;
export function subsetDejaVu(bytes: Uint8Array | string): Promise<Buffer>;
export function subsetText(bytes: Uint8Array | string, text: string): Promise<Buffer>;
