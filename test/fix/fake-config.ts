// An EffectiveConfig built from a table, so the planner is tested without the resolver.
import type { ConfigSource, EffectiveConfig, SourcedValue } from '../../src/config/types';

export type VarTable = Record<string, { value: string; source: ConfigSource; shadowed?: SourcedValue[] }>;

export function fakeConfig(vars: VarTable): Pick<EffectiveConfig, 'get'> {
  return {
    get: (name) => {
      const v = vars[name];
      return v ? { name, value: v.value, source: v.source, shadowed: v.shadowed ?? [] } : undefined;
    },
  };
}

export const fromEnv: ConfigSource = { kind: 'process-env' };
export const fromSettings = (path: string, scope: 'managed' | 'project-local' | 'project' | 'user' = 'user'): ConfigSource => ({
  kind: 'settings',
  scope,
  path,
});
