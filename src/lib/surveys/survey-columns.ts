// Which columns of a survey export hold what: the identifier, the NPS answer (0-10), satisfaction
// (1-5), "what matters most" (one column of options separated by commas or semicolons, as Google
// Forms and Yandex Forms write checkboxes, or one column per option, as Typeform and SurveyMonkey
// do: "What matters most? - Price") and an open answer. Guessed from headers and values, in English
// and Russian; the user confirms or changes the guess (the command line: --survey-nps and others).

export type MattersColumns = { kind: 'list'; column: string } | { kind: 'columns'; columns: { column: string; option: string }[] };

export interface SurveyColumns {
  /** The identifier the respondent gave: a customer id, an e-mail, a phone or a card number. */
  id?: string;
  nps?: string;
  satisfaction?: string;
  matters?: MattersColumns;
  text?: string;
}

const NPS_HEADER = /recommend|nps|рекоменд|посовету/i;
const SATISFACTION_HEADER = /satisf|happy|rate|rating|доволь|удовлетвор|оцен/i;
const MATTERS_HEADER = /matter|important|value most|важн|ценит|главн|значени/i;
const TEXT_HEADER = /comment|feedback|why|anything|suggest|open[ _-]?(?:text|answer)|почему|коммент|отзыв|пожелан|предлож|свободн/i;
// `identifier` is the column of the app's own answers download (answers-csv.ts).
const ID_HEADERS: RegExp[] = [/e-?mail|почт/i, /phone|mobile|телефон|моб/i, /card|карт/i, /customer|client|клиент|покупател|identifier|идентификатор|\bid\b/i];
/** "What matters most? - Price", "Что для вас важно: Цена". */
const OPTION_COLUMN = /^(.*?)\s*(?:[-–—:|]|\.{3}|\?)\s*([^-–—:|?]+)$/;

const filled = (values: (string | null)[]) => values.map((v) => (v ?? '').trim()).filter((v) => v !== '');

/** Whether most filled values are whole numbers from lo to hi. */
function scale(values: (string | null)[], lo: number, hi: number): boolean {
  const cells = filled(values);
  if (cells.length === 0) return false;
  const inScale = cells.filter((v) => /^\d{1,2}$/.test(v) && Number(v) >= lo && Number(v) <= hi).length;
  return inScale >= 0.9 * cells.length;
}

export function guessSurveyColumns(headers: readonly string[], rows: readonly (readonly (string | null)[])[]): SurveyColumns {
  const column = (i: number) => rows.map((r) => r[i] ?? null);
  const taken = new Set<number>();
  const pick = (test: (header: string, i: number) => boolean): string | undefined => {
    const i = headers.findIndex((h, j) => !taken.has(j) && test(h, j));
    if (i < 0) return undefined;
    taken.add(i);
    return headers[i];
  };
  const guess: SurveyColumns = {};
  guess.nps = pick((h, i) => NPS_HEADER.test(h) && scale(column(i), 0, 10)) ?? pick((_h, i) => scale(column(i), 0, 10) && !scale(column(i), 1, 5));
  guess.satisfaction = pick((h, i) => SATISFACTION_HEADER.test(h) && scale(column(i), 1, 5));
  const matters = mattersColumns(headers, column, taken);
  if (matters) guess.matters = matters;
  for (const header of ID_HEADERS) {
    guess.id = pick((h, i) => header.test(h) && filled(column(i)).length > 0);
    if (guess.id) break;
  }
  guess.text = pick((h, i) => TEXT_HEADER.test(h) && filled(column(i)).length > 0);
  return Object.fromEntries(Object.entries(guess).filter(([, v]) => v !== undefined)) as SurveyColumns;
}

function mattersColumns(headers: readonly string[], column: (i: number) => (string | null)[], taken: Set<number>): MattersColumns | undefined {
  const perOption = headers
    .map((h, i) => ({ i, match: OPTION_COLUMN.exec(h) }))
    .filter(({ i, match }) => !taken.has(i) && match && MATTERS_HEADER.test(match[1]));
  if (perOption.length >= 2) {
    for (const { i } of perOption) taken.add(i);
    return { kind: 'columns', columns: perOption.map(({ i, match }) => ({ column: headers[i], option: match![2].trim() })) };
  }
  const i = headers.findIndex((h, j) => !taken.has(j) && MATTERS_HEADER.test(h) && filled(column(j)).length > 0);
  if (i < 0) return undefined;
  taken.add(i);
  return { kind: 'list', column: headers[i] };
}

/**
 * The options of one "what matters" answer written as a list: "Price, Quality" as form tools
 * write checkboxes, or "Price; Speed, friendly staff" as the app's own download writes them: where
 * a semicolon separates, a comma belongs to an option.
 */
export function mattersOptions(answer: string | null): string[] {
  const text = answer ?? '';
  return text
    .split(text.includes(';') ? ';' : ',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}
