import { diagnostic } from '../../model/index.js';
import { interfaceNamed, resolveIfRef, type IfRef } from './interfaces.js';
import type { LineContext, ParseState } from './state.js';

/**
 * URL filtering (Y-CMD 10.1–10.2): `url filter ID pass|reject KEYWORD [SRC]` and `url lan1 filter
 * in|out ID …`. It judges HTTP requests by URL, not packets, so it is no Filter of the model: the
 * interface only records that URL filtering is applied there (Interface.urlFilters).
 */
export function urlFilter(ast: { id: number }, ctx: LineContext): void {
  ctx.state.urlFilters.set(ast.id, ctx.span);
}

export function urlFilterApply(ast: { iface: IfRef; direction: 'in' | 'out'; ids: number[] }, ctx: LineContext): void {
  const iface = resolveIfRef(ctx.state, ast.iface);
  interfaceNamed(ctx, iface);
  const bindings = ctx.state.urlBindings;
  const old = bindings.findIndex((b) => b.iface === iface && b.direction === ast.direction);
  if (old >= 0) bindings.splice(old, 1);
  if (ast.ids.length > 0) bindings.push({ iface, direction: ast.direction, numbers: ast.ids, source: ctx.span });
}

/** `url filter log on`, `url filter port …`, external databases: how URL filtering works, not where. */
export function urlFilterSetting(): 'ignored' {
  return 'ignored';
}

export function finalizeUrlFilters(state: ParseState): void {
  for (const binding of state.urlBindings) {
    const iface = state.device.interfaces.find((i) => i.name === binding.iface);
    if (!iface) continue;
    iface.urlFilters = [...(iface.urlFilters ?? []), { direction: binding.direction, source: binding.source }];
    const missing = binding.numbers.filter((n) => !state.urlFilters.has(n));
    if (missing.length > 0) {
      state.diagnostics.push(
        diagnostic(state.file, binding.source.line, binding.source.text, `url filter ${missing.join(', ')} not defined: skipped / 未定義の URL フィルター ${missing.join(', ')} は無視されます`, 'unresolved-reference', 'info'),
      );
    }
  }
}
