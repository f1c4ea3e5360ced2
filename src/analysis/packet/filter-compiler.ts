import type { Filter, FilterAction, FilterRule } from '../../model/index.js';
import { type BddNode, FALSE, TRUE } from './bdd.js';
import type { FilterDecision } from './evaluate-filter.js';
import { judgedFamily } from './filter-domain.js';
import { overlappingEarlierLines } from './line-index.js';
import { EMPTY_ENVELOPE, matchEnvelope } from './match-envelope.js';
import { familySet, matchSet } from './match-to-set.js';
import { type Packet, packetAssignment } from './packet.js';
import type { PacketSet, PacketSpace } from './packet-set.js';

/**
 * A model filter compiled into packet sets, with first-match semantics as the model states them
 * (FilterSemantics): the first enabled rule that matches decides, unmatched packets get
 * `semantics.defaultAction`, disabled rules are skipped. Packets of a family the filter does not
 * judge pass it (filter-domain.ts).
 *
 * `semantics.stateful` is carried (`stateful`) but does not change `permitted`: whether the return
 * traffic of a permitted flow gets back is a question about the reverse direction, answered by the
 * reachability layer, not by this filter's own lines.
 *
 * Line numbers are indexes into `filter.rules` (0-based).
 *
 * Cost: which lines are reachable is settled at construction, line by line against only the earlier
 * lines that can overlap (line-index.ts), so a long ACL of specific lines costs little. The sets that
 * need the whole filter at once (`permitted`, `unmatched`, each line's `decides()`) are built on
 * first use.
 */

export interface CompiledLine {
  index: number;
  rule: FilterRule;
  enabled: boolean;
  /** Packets the rule's conditions select (within the judged family), whether or not they reach it. */
  readonly match: PacketSet;
  /** Whether some packet reaches this line and is decided by it. */
  reachable: boolean;
  /** The packets this line decides: its match minus everything matched by earlier enabled lines. */
  decides(): PacketSet;
}

export interface UnreachableLine {
  line: number;
  action: FilterAction;
  /**
   * `blocked`: earlier lines take every packet the line matches; `empty-match`: the line matches no
   * packet at all (an undefined object, the other address family, contradictory conditions).
   */
  reason: 'blocked' | 'empty-match';
  /**
   * The concise set of earlier lines that block it, as Batfish's filterLineReachability chooses them
   * (docs/question_development/filterLineReachability.md): earlier lines ranked by how many of this
   * line's packets they match, taken in that order until together they cover the line; plus the
   * largest blocker with a different action when none of those has one. Ordered by overlap.
   */
  blockers: number[];
  /** Whether some blocker has an action different from the line's. */
  differentAction: boolean;
  /** Every earlier enabled line whose match overlaps this line's match, largest overlap first. */
  overlapping: number[];
}

export class CompiledFilter {
  readonly filter: Filter;
  readonly space: PacketSpace;
  readonly stateful: boolean;
  /** Packets the filter judges (its address family; all packets for MAC filters). */
  readonly judged: PacketSet;
  readonly lines: CompiledLine[];

  private readonly matchNodes: (BddNode | undefined)[];
  /** Per line, the earlier enabled lines whose envelopes overlap it. */
  private readonly candidates: number[][];
  private readonly reachable: boolean[];
  /** Judged packets not matched by any earlier enabled line, per line, and after the last line. */
  private beforeNodes?: BddNode[];
  /** suffixNodes[i]: what lines i.. alone and the default let through. */
  private suffixNodes?: BddNode[];
  private unreachable?: UnreachableLine[];

  constructor(space: PacketSpace, filter: Filter) {
    this.filter = filter;
    this.space = space;
    this.stateful = filter.semantics.stateful;
    const family = judgedFamily(filter);
    this.judged = space.wrap(family === undefined ? TRUE : familySet(space.bdd, family));
    const rules = filter.rules;
    this.matchNodes = new Array<BddNode | undefined>(rules.length);
    this.candidates = overlappingEarlierLines(
      rules.map((rule) => (rule.disabled ? EMPTY_ENVELOPE : matchEnvelope(rule.match, family))),
    );
    this.reachable = rules.map((rule, i) => !rule.disabled && this.isReachable(i));
    this.lines = rules.map((rule, index) => this.compiledLine(rule, index));
  }

  /** Packets that pass: permitted by a line, by the default action, or not judged at all. */
  get permitted(): PacketSet {
    return this.space.wrap(this.suffix()[0]!);
  }

  /** Judged packets no enabled line matches: they get the default action. */
  get unmatched(): PacketSet {
    const before = this.before();
    return this.space.wrap(before[before.length - 1]!);
  }

  /** The line that decides a concrete packet, 'default', or 'not-applicable' for an unjudged family. */
  decide(packet: Packet): FilterDecision {
    const assignment = packetAssignment(packet);
    const bdd = this.space.bdd;
    if (!bdd.evaluate(this.judged.node, assignment)) return 'not-applicable';
    for (let i = 0; i < this.lines.length; i++) {
      if (this.reachable[i] && bdd.evaluate(this.matchOf(i), assignment)) return i;
    }
    return 'default';
  }

  /** Enabled lines no packet reaches, each with the earlier lines that block it. */
  unreachableLines(): UnreachableLine[] {
    this.unreachable ??= this.lines
      .filter((line) => line.enabled && !line.reachable)
      .map((line) => this.explainUnreachable(line.index));
    return this.unreachable;
  }

  /**
   * Reachable lines whose removal would not change `permitted`: every packet the line decides would
   * get the same action from the later lines or the default. Each is judged with all other lines in
   * place; removing one redundant line can make another one necessary. Unreachable lines are not
   * listed here (see unreachableLines).
   */
  redundantLines(): number[] {
    const bdd = this.space.bdd;
    const suffix = this.suffix();
    const result: number[] = [];
    for (const line of this.lines) {
      if (!line.reachable) continue;
      const decided = line.decides().node;
      const laterPermit = suffix[line.index + 1]!;
      const same =
        line.rule.action === 'permit' ? bdd.isSubset(decided, laterPermit) : !bdd.intersects(decided, laterPermit);
      if (same) result.push(line.index);
    }
    return result;
  }

  private compiledLine(rule: FilterRule, index: number): CompiledLine {
    const self = this;
    return {
      index,
      rule,
      enabled: !rule.disabled,
      get match() {
        return self.space.wrap(self.matchOf(index));
      },
      reachable: this.reachable[index]!,
      decides: () => {
        if (!this.reachable[index]) return this.space.none();
        return this.space.wrap(this.space.bdd.and(this.matchOf(index), this.before()[index]!));
      },
    };
  }

  private matchOf(i: number): BddNode {
    let node = this.matchNodes[i];
    if (node === undefined) {
      node = this.space.bdd.and(matchSet(this.space.bdd, this.filter.rules[i]!.match), this.judged.node);
      this.matchNodes[i] = node;
    }
    return node;
  }

  /**
   * Whether some packet of line i's match is matched by no earlier enabled line. Only the earlier
   * lines that can overlap are consulted. Two cheap witnesses are tried first (a concrete packet of
   * the line that no earlier line matches proves it reachable); otherwise the earlier matches are
   * subtracted until nothing is left or they run out.
   */
  private isReachable(i: number): boolean {
    const bdd = this.space.bdd;
    const match = this.matchOf(i);
    if (match === FALSE) return false;
    const earlier = this.candidates[i]!;
    if (earlier.length === 0) return true;
    for (const prefer of [() => 0 as const, () => 1 as const]) {
      const witness = bdd.satOne(match, prefer)!;
      if (!earlier.some((j) => bdd.evaluate(this.matchOf(j), witness))) return true;
    }
    let rest = match;
    for (const j of earlier) {
      rest = bdd.diff(rest, this.matchOf(j));
      if (rest === FALSE) return false;
    }
    return true;
  }

  private explainUnreachable(i: number): UnreachableLine {
    const bdd = this.space.bdd;
    const match = this.matchOf(i);
    const action = this.filter.rules[i]!.action;
    if (match === FALSE) {
      return { line: i, action, reason: 'empty-match', blockers: [], differentAction: false, overlapping: [] };
    }
    const overlaps: { line: number; weight: bigint; shared: BddNode }[] = [];
    for (const j of this.candidates[i]!) {
      if (!bdd.intersects(this.matchOf(j), match)) continue;
      const shared = bdd.and(this.matchOf(j), match);
      overlaps.push({ line: j, weight: bdd.satCount(shared), shared });
    }
    overlaps.sort((a, b) => (a.weight > b.weight ? -1 : a.weight < b.weight ? 1 : a.line - b.line));
    const blockers: number[] = [];
    let covered = FALSE;
    for (const overlap of overlaps) {
      blockers.push(overlap.line);
      covered = bdd.or(covered, overlap.shared);
      if (covered === match) break;
    }
    const actionOf = (j: number) => this.filter.rules[j]!.action;
    if (!blockers.some((j) => actionOf(j) !== action)) {
      const different = overlaps.find((o) => actionOf(o.line) !== action);
      if (different) blockers.push(different.line);
    }
    return {
      line: i,
      action,
      reason: 'blocked',
      blockers,
      differentAction: blockers.some((j) => actionOf(j) !== action),
      overlapping: overlaps.map((o) => o.line),
    };
  }

  /** Forward pass over the whole filter (built on first use). */
  private before(): BddNode[] {
    if (!this.beforeNodes) {
      const bdd = this.space.bdd;
      const before: BddNode[] = [];
      let unmatched = this.judged.node;
      for (let i = 0; i < this.filter.rules.length; i++) {
        before.push(unmatched);
        if (this.reachable[i]) unmatched = bdd.diff(unmatched, this.matchOf(i));
      }
      before.push(unmatched);
      this.beforeNodes = before;
    }
    return this.beforeNodes;
  }

  /**
   * Backward pass (built on first use). Lines unreachable in the whole filter count too: without the
   * lines above them they may decide packets. Packets not judged always pass.
   */
  private suffix(): BddNode[] {
    if (!this.suffixNodes) {
      const bdd = this.space.bdd;
      const rules = this.filter.rules;
      const suffix = new Array<BddNode>(rules.length + 1);
      let passing = this.filter.semantics.defaultAction === 'permit' ? TRUE : bdd.not(this.judged.node);
      suffix[rules.length] = passing;
      for (let i = rules.length - 1; i >= 0; i--) {
        const rule = rules[i]!;
        if (!rule.disabled) {
          const match = this.matchOf(i);
          passing = rule.action === 'permit' ? bdd.or(passing, match) : bdd.diff(passing, match);
        }
        suffix[i] = passing;
      }
      this.suffixNodes = suffix;
    }
    return this.suffixNodes;
  }
}

export function compileFilter(space: PacketSpace, filter: Filter): CompiledFilter {
  return new CompiledFilter(space, filter);
}
