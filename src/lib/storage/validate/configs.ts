// An archetype configuration (the `archetype-configs` store): checked field by field by the same
// rules as an imported file (archetypes/validate.ts), and its update time must be a real moment:
// remapping a configuration to another grid dates the copy from it, and an unreadable one threw
// there and hung every new analysis while it was the default.

import { type ArchetypeConfig } from '../../archetypes/config';
import { validateConfig } from '../../archetypes/validate';
import { Check, type RecordProblem } from './check';

export type CheckedConfig = { ok: true; config: ArchetypeConfig } | { ok: false; problem: RecordProblem };

export function checkStoredConfig(v: unknown, key: string): CheckedConfig {
  const checked = validateConfig(v);
  if (!checked.ok) return { ok: false, problem: checked.problems[0] };
  const c = new Check();
  c.key('id', checked.config.id, key);
  c.timestamp('updatedAt', checked.config.updatedAt);
  return c.problem ? { ok: false, problem: c.problem } : { ok: true, config: checked.config };
}

export function storedConfigProblem(v: unknown, key: string): RecordProblem | null {
  const checked = checkStoredConfig(v, key);
  return checked.ok ? null : checked.problem;
}
