// What the results page and its tabs work with: the parts of the session they read and the
// events they send. The session provides them; nothing here knows the session itself.

import type { EngineHost } from '../../app/engine-host.svelte';
import type { Send } from '../../app/events';
import type { Keeping } from '../library/keeping.svelte';
import type { Snapshots } from '../library/snapshots';
import type { SurveyImport } from '../surveys/survey-import.svelte';
import type { Churn } from '../value/churn.svelte';
import type { Analysis } from './analysis.svelte';

export interface ResultsParts {
  readonly host: EngineHost;
  readonly analysis: Analysis;
  readonly keeping: Keeping;
  readonly snapshots: Snapshots;
  readonly churn: Churn;
  /** The survey answers opened for the analyses of this session. */
  readonly survey: SurveyImport;
  send: Send;
}
