// A chart's picture as the user sees it: the canvas at its drawn size (CSS size x devicePixelRatio)
// on the background it sits on (a canvas is transparent, and a PNG viewer would show it on black
// or a checkerboard) under its title.

/** The title band's height in CSS pixels. */
export const TITLE_BAND = 36;

/** The first opaque background from `element` up: what the canvas is seen on. */
export function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

export function chartPicture(canvas: HTMLCanvasElement, title: string): Promise<Blob | null> {
  const scale = canvas.width / Math.max(1, canvas.clientWidth);
  const band = Math.round(TITLE_BAND * scale);
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height + band;
  const ctx = out.getContext('2d');
  if (!ctx) return Promise.resolve(null);
  const style = getComputedStyle(canvas);
  ctx.fillStyle = backgroundOf(canvas);
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = style.color;
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${Math.round(16 * scale)}px ${style.fontFamily}`;
  ctx.fillText(title, Math.round(8 * scale), band / 2, out.width - 16 * scale);
  ctx.drawImage(canvas, 0, band);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
