// Where the tour's popover goes beside the element a step points at, and how far to scroll so
// both fit: beside it when there is room on the right or left, else below or above it. The popover
// never covers the target unless the target alone is taller than the screen (then the target's
// top is shown and the popover sits at the bottom). Pure geometry in CSS pixels, tested in Node.

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'below' | 'above' | 'over';

export interface Placement {
  side: Side;
  top: number;
  left: number;
}

export interface PlaceOptions {
  /** Between the target and the popover. */
  gap?: number;
  /** Kept free at the screen's edges. */
  margin?: number;
  /** Covered at the top by something sticky (the results' tab bar). */
  topInset?: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

function options(o: PlaceOptions): Required<PlaceOptions> {
  return { gap: o.gap ?? 8, margin: o.margin ?? 8, topInset: o.topInset ?? 0 };
}

/** The side of the target with room for the whole popover's width, if any. */
function besideSide(target: Rect, popover: Size, viewport: Size, { gap, margin }: Required<PlaceOptions>): 'right' | 'left' | null {
  if (target.left + target.width + gap + popover.width <= viewport.width - margin) return 'right';
  if (target.left - gap - popover.width >= margin) return 'left';
  return null;
}

/**
 * The popover's place for a target at `target` (viewport coordinates). Beside is tried first,
 * keeping the popover's middle level with the target's where the screen allows.
 */
export function placePopover(target: Rect, popover: Size, viewport: Size, given: PlaceOptions = {}): Placement {
  const o = options(given);
  const { gap, margin, topInset } = o;
  const lowest = viewport.height - margin - popover.height;
  const side = besideSide(target, popover, viewport, o);
  if (side) {
    const top = clamp(target.top + target.height / 2 - popover.height / 2, topInset + margin, lowest);
    const left = side === 'right' ? target.left + target.width + gap : target.left - gap - popover.width;
    return { side, top, left };
  }
  const left = clamp(target.left + target.width / 2 - popover.width / 2, margin, viewport.width - margin - popover.width);
  const below = target.top + target.height + gap;
  if (below <= lowest) return { side: 'below', top: below, left };
  const above = target.top - gap - popover.height;
  if (above >= topInset + margin) return { side: 'above', top: above, left };
  return { side: 'over', top: Math.max(topInset + margin, lowest), left };
}

/**
 * The scroll offset that shows the target and leaves room for the popover: with room beside it,
 * the target in the middle of the screen; else the target with the popover below it, the two
 * together in the middle. `target.top` is in page coordinates; `maxScroll` is how far the page
 * scrolls at most.
 */
export function scrollFor(target: Rect, popover: Size, viewport: Size, maxScroll: number, given: PlaceOptions = {}): number {
  const o = options(given);
  const { gap, margin, topInset } = o;
  const room = viewport.height - topInset - 2 * margin;
  const block = besideSide(target, popover, viewport, o) ? target.height : target.height + gap + popover.height;
  const offset = block <= room ? (room - block) / 2 : 0;
  return clamp(target.top - topInset - margin - offset, 0, maxScroll);
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Whether the target and the popover both fit on the screen at once, beside or one above the other. */
export function fits(target: Rect, popover: Size, viewport: Size, given: PlaceOptions = {}): boolean {
  const o = options(given);
  if (besideSide(target, popover, viewport, o)) return target.height <= viewport.height - o.topInset - 2 * o.margin;
  return target.height + o.gap + popover.height <= viewport.height - o.topInset - 2 * o.margin;
}
