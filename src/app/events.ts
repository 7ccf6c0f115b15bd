// What the user can do, as events the session turns into work (session.svelte.ts). Components
// send these; they never call the engine themselves.

import type { ChannelContacts, ColumnMapping, ImportChoices, ImportOptions, ScoringSettings } from '../lib/engine/api';

export type ScreenName = 'import' | 'mapping' | 'results' | 'editor' | 'segment' | 'surveys';

export type SessionEvent =
  | { type: 'open-file'; file: File }
  | { type: 'open-demo' }
  /** The demo shop in workshop mode: edits go to the demo's own storage (features/demo). */
  | { type: 'open-locked-demo' }
  /** The locked demo's edits are thrown away and the demo opens again as shipped. */
  | { type: 'reset-demo' }
  /** Read the file the size warning is about anyway. */
  | { type: 'confirm-large' }
  /** Drops the size warning, or stops reading or preparing a file. */
  | { type: 'cancel' }
  | { type: 'set-mapping'; mapping: Partial<ColumnMapping> }
  /** Contact columns for campaigns confirmed or cleared (undefined) on the mapping screen. */
  | { type: 'set-contacts'; contacts: Partial<ChannelContacts> }
  /** How rows are read into orders (date order, decimal separator, duplicates, id variants). */
  | { type: 'set-choices'; choices: Partial<ImportChoices> }
  /** Read the open file again with another encoding, delimiter or sheet. */
  | { type: 'reopen'; options: ImportOptions }
  | { type: 'analyse' }
  | { type: 'change-settings'; settings: Partial<ScoringSettings> }
  /** An archetype configuration was edited: segment again if it is the one in use. */
  | { type: 'config-changed'; id: string }
  /** A dataset kept on the device, analysed again without its file. */
  | { type: 'open-kept'; id: string; settings?: ScoringSettings }
  /** A saved snapshot: its results, without the engine. */
  | { type: 'open-snapshot'; id: string }
  /** The snapshot on screen, analysed again from its dataset with the same settings. */
  | { type: 'reanalyse-snapshot' }
  /** The page of one segment of the results on screen (archetype id, or Other). */
  | { type: 'open-segment'; segment: string }
  | { type: 'go'; to: ScreenName }
  | { type: 'dismiss-error' };

export type Send = (event: SessionEvent) => void;
