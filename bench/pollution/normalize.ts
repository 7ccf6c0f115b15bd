// Cell normalisation before cells are compared, after Pollock's normalize_cell
// (pollock/data_types.py): a value that parses as a boolean, integer, float, time, date or price
// is rewritten in one canonical form, anything else is lowercased. So "48.00" and "48.0" match,
// "28/01/2018" and "2018-01-28" match, "Boots" and "BOOTS" match; "true" becomes "1" but "TRUE"
// stays the string "true", as in Python. Approximations (Python's int/float/dateutil/price_parser are not reimplemented):
// - booleans: true/false and any integer equal to 0 or 1 ("01", " 1 ") -> "1"/"0";
// - integers: optional sign, digits, Python's digit-group underscores; floats: decimal or
//   exponent notation, inf and nan; written as Python's str(float) writes them below 1e16;
// - times: H:MM[:SS] with an optional am/pm -> HH:MM:SS;
// - dates: a/b/yyyy, a.b.yyyy, a-b-yyyy read month first unless the first part is over 12
//   (dateutil's default), yyyy-mm-dd with an optional time -> "yyyy-mm-dd HH:MM:SS"; dateutil
//   reads far more (month names, two-digit years...), which here stay strings;
// - prices: a currency sign before or after a number -> sign + str(float).
// Only the comparison matters: a loader and the truth go through the same function.

const BOOLEAN_WORDS = ['True', 'true', 'False', 'false'];
const INT = /^\s*[+-]?\d+(?:_\d+)*\s*$/;
const FLOAT = /^\s*[+-]?(?:\d+(?:_\d+)*\.?\d*(?:_\d+)*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const SPECIAL_FLOAT = /^\s*([+-]?)(inf|infinity|nan)\s*$/i;
const TIME = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?\s*$/i;
const DMY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;
const PRICE_BEFORE = /^\s*([$€£¥₽])\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*$/;
const PRICE_AFTER = /^\s*([+-]?\d[\d,]*(?:\.\d+)?)\s*([$€£¥₽])\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Python's str(float): always a decimal point for whole numbers below 1e16. */
function pythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
  return String(x);
}

function date(year: number, month: number, day: number, h = 0, m = 0, s = 0): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || h > 23 || m > 59 || s > 59) return null;
  return `${year}-${pad(month)}-${pad(day)} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

export function normalizeCell(cell: string | null | undefined): string {
  if (cell === null || cell === undefined || cell === '') return '';
  const val = cell;
  if (val.trim() === '') return val;
  if (BOOLEAN_WORDS.includes(val)) return val.startsWith('t') || val.startsWith('T') ? '1' : '0';
  // An integer equal to 0 or 1 is Pollock's boolean, written "0" or "1": the same as the integer's own form.
  if (INT.test(val)) return BigInt(val.trim().replaceAll('_', '')).toString();
  const special = SPECIAL_FLOAT.exec(val);
  if (special) return special[2].toLowerCase() === 'nan' ? 'nan' : `${special[1] === '-' ? '-' : ''}inf`;
  if (FLOAT.test(val)) return pythonFloat(Number(val.trim().replaceAll('_', '')));
  const time = TIME.exec(val);
  if (time) {
    let h = Number(time[1]);
    const meridiem = time[4]?.toLowerCase();
    if (meridiem === 'pm' && h < 12) h += 12;
    if (meridiem === 'am' && h === 12) h = 0;
    if (h <= 23 && Number(time[2]) <= 59) return `${pad(h)}:${time[2]}:${time[3] ?? '00'}`;
  }
  const dmy = DMY.exec(val);
  if (dmy) {
    const [a, b, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const parsed = a > 12 ? date(year, b, a) : date(year, a, b);
    if (parsed) return parsed;
  }
  const iso = ISO.exec(val);
  if (iso) {
    const parsed = date(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0));
    if (parsed) return parsed;
  }
  const before = PRICE_BEFORE.exec(val);
  if (before) return before[1] + pythonFloat(Number(before[2].replaceAll(',', '')));
  const after = PRICE_AFTER.exec(val);
  if (after) return after[2] + pythonFloat(Number(after[1].replaceAll(',', '')));
  return val.toLowerCase();
}
