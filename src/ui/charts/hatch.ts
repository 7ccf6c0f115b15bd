// A diagonal hatch of a colour, for a bar that holds only part of its period: the bar keeps its
// colour, so the legend still names it, and the stripes say "not the whole period".
const patterns = new Map<string, CanvasPattern | string>();

export function hatch(color: string): CanvasPattern | string {
  let pattern = patterns.get(color);
  if (pattern) return pattern;
  const size = 8;
  const canvas = typeof document === 'undefined' ? null : document.createElement('canvas');
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return `${color}55`;
  canvas.width = canvas.height = size;
  ctx.fillStyle = `${color}33`;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-size / 2, size / 2);
  ctx.lineTo(size / 2, -size / 2);
  ctx.moveTo(size / 2, size * 1.5);
  ctx.lineTo(size * 1.5, size / 2);
  ctx.stroke();
  pattern = ctx.createPattern(canvas, 'repeat') ?? `${color}55`;
  patterns.set(color, pattern);
  return pattern;
}
