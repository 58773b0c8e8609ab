/** A QR code for `text` as an SVG data URL, dark on light with a quiet zone; the QR library loads only when a code is shown. */
export async function qrImage(text: string): Promise<string> {
  const { renderSVG } = await import('uqr');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { border: 2 }))}`;
}
