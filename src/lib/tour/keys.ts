// The keyboard during the tour: ArrowRight and Space go on, ArrowLeft goes back, Escape leaves.
// Keys meant for what has the focus are left to it: typing in a field, arrows in a tab bar or a
// select, Space on a button.

export type TourKeyAction = 'next' | 'back' | 'close';

export interface KeyContext {
  key: string;
  /** Any of Ctrl, Alt, Meta held: a shortcut of the browser's or the system's, not ours. */
  modified: boolean;
  /** The focused element's tag (lower case), its role attribute and whether it is editable. */
  tag: string;
  role: string | null;
  editable: boolean;
}

/** Roles whose own arrow keys move something. */
const ARROW_ROLES = new Set(['tab', 'tablist', 'slider', 'spinbutton', 'listbox', 'option', 'radio', 'radiogroup', 'menu', 'menuitem', 'grid', 'gridcell', 'combobox', 'tree', 'treeitem']);
const FIELDS = new Set(['input', 'textarea', 'select']);
/** Space activates these itself. */
const PRESSABLE = new Set(['button', 'a', 'summary', 'input', 'select', 'textarea']);

export function tourKey({ key, modified, tag, role, editable }: KeyContext): TourKeyAction | null {
  if (modified) return null;
  const typing = editable || FIELDS.has(tag);
  switch (key) {
    case 'Escape':
      return typing ? null : 'close';
    case 'ArrowRight':
      return typing || (role !== null && ARROW_ROLES.has(role)) ? null : 'next';
    case 'ArrowLeft':
      return typing || (role !== null && ARROW_ROLES.has(role)) ? null : 'back';
    case ' ':
      return typing || PRESSABLE.has(tag) || role === 'button' || role === 'tab' ? null : 'next';
    default:
      return null;
  }
}
