import type { CompiledFilter } from '../../analysis/packet/filter-compiler.js';
import type { Device } from '../../model/index.js';
import type { RuleContext } from '../types.js';

/**
 * Every non-empty filter of every device, compiled. Compiled filters come from the run's analysis,
 * so each filter is compiled once and shared by the reachability analysis and every FWH rule.
 * Devices without filters (and without a firewall rulebase, see policy-pairs.ts) are recorded as
 * not applicable.
 */
export function* compiledFilters(ctx: RuleContext): Generator<{ device: Device; compiled: CompiledFilter }> {
  for (const device of ctx.devices) {
    if (device.filters.length === 0) {
      if (device.securityPolicy === undefined) ctx.notApplicable(device, { ja: 'フィルタがありません', en: 'no filters' });
      continue;
    }
    for (const filter of device.filters) {
      if (filter.rules.length > 0) yield { device, compiled: ctx.analysis.model.filters.compile(filter) };
    }
  }
}
