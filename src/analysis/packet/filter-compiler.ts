import type { Filter, FilterAction, FilterRule } from '../../model/index.js';
import { type BddNode, FALSE, TRUE } from './bdd.js';
import type { FilterDecision } from './evaluate-filter.js';
import { judgedFamily } from './filter-domain.js';
import { envelopesOverlap, matchEnvelope, type MatchEnvelope } from './match-envelope.js';
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
 */

export interface CompiledLine {
  index: number;
  rule: FilterRule;
  enabled: boolean;
  /** Packets the rule's conditions select (within the judged family), whether or not they reach it. */
  match: PacketSet;
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
  /** Packets that pass: permitted by a line, by the default action, or not judged at all. */
  readonly permitted: PacketSet;
  /** Judged packets no enabled line matches: they get the default action. */
  readonly unmatched: PacketSet;
  readonly lines: CompiledLine[];

  private readonly matchNodes: BddNode[];
  /** Judged packets not matched by any earlier enabled line, per line. */
  private readonly beforeNodes: BddNode[];
  /** What the lines after each line (and the default) permit: suffix[i] covers lines i.. */
  private readonly suffixNodes: BddNode[];
  private unreachable?: UnreachableLine[];

  constructor(space: PacketSpace, filter: Filter) {
    const bdd = space.bdd;
    this.filter = filter;
    this.space = space;
    this.stateful = filter.semantics.stateful;
    const family = judgedFamily(filter);
    const judged = family === undefined ? TRUE : familySet(bdd, family);
    this.judged = space.wrap(judged);

    const rules = filter.rules;
    this.matchNodes = rules.map((rule) => bdd.and(matchSet(bdd, rule.match), judged));
    this.beforeNodes = new Array<BddNode>(rules.length);
    const reachable = new Array<boolean>(rules.length).fill(false);
    let unmatched = judged;
    for (let i = 0; i < rules.length; i++) {
      this.beforeNodes[i] = unmatched;
      if (rules[i]!.disabled) continue;
      const match = this.matchNodes[i]!;
      // An unreachable line leaves `unmatched` as it is, so it costs one non-building test.
      if (bdd.intersects(match, unmatched)) {
        reachable[i] = true;
        unmatched = bdd.diff(unmatched, match);
      }
    }
    this.unmatched = space.wrap(unmatched);

    // Backwards: what lines i.. alone and the default let through (packets not judged always pass).
    // Lines unreachable in the whole filter count too: without the lines above them they may decide.
    this.suffixNodes = new Array<BddNode>(rules.length + 1);
    let suffix = filter.semantics.defaultAction === 'permit' ? TRUE : bdd.not(judged);
    this.suffixNodes[rules.length] = suffix;
    for (let i = rules.length - 1; i >= 0; i--) {
      const rule = rules[i]!;
      if (!rule.disabled) {
        suffix = rule.action === 'permit' ? bdd.or(suffix, this.matchNodes[i]!) : bdd.diff(suffix, this.matchNodes[i]!);
      }
      this.suffixNodes[i] = suffix;
    }
    this.permitted = space.wrap(suffix);

    this.lines = rules.map((rule, index) => ({
      index,
      rule,
      enabled: !rule.disabled,
      match: space.wrap(this.matchNodes[index]!),
      reachable: reachable[index]!,
      decides: () => space.wrap(reachable[index] ? bdd.and(this.matchNodes[index]!, this.beforeNodes[index]!) : FALSE),
    }));
  }

  /** The line that decides a concrete packet, 'default', or 'not-applicable' for an unjudged family. */
  decide(packet: Packet): FilterDecision {
    const assignment = packetAssignment(packet);
    const bdd = this.space.bdd;
    if (!bdd.evaluate(this.judged.node, assignment)) return 'not-applicable';
    for (const line of this.lines) {
      if (line.reachable && bdd.evaluate(this.matchNodes[line.index]!, assignment)) return line.index;
    }
    return 'default';
  }

  /** Enabled lines no packet reaches, each with the earlier lines that block it. */
  unreachableLines(): UnreachableLine[] {
    this.unreachable ??= this.findUnreachable();
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
    const result: number[] = [];
    for (const line of this.lines) {
      if (!line.reachable) continue;
      const decided = line.decides().node;
      const laterPermit = this.suffixNodes[line.index + 1]!;
      const same =
        line.rule.action === 'permit' ? bdd.isSubset(decided, laterPermit) : !bdd.intersects(decided, laterPermit);
      if (same) result.push(line.index);
    }
    return result;
  }

  private findUnreachable(): UnreachableLine[] {
    const bdd = this.space.bdd;
    const family = judgedFamily(this.filter);
    const envelopes: MatchEnvelope[] = this.filter.rules.map((rule) => matchEnvelope(rule.match, family));
    const result: UnreachableLine[] = [];
    for (const line of this.lines) {
      if (!line.enabled || line.reachable) continue;
      const match = this.matchNodes[line.index]!;
      const action = line.rule.action;
      if (match === FALSE) {
        result.push({ line: line.index, action, reason: 'empty-match', blockers: [], differentAction: false, overlapping: [] });
        continue;
      }
      const overlaps: { line: number; weight: bigint; shared: BddNode }[] = [];
      for (let j = 0; j < line.index; j++) {
        if (!this.lines[j]!.enabled || !envelopesOverlap(envelopes[j]!, envelopes[line.index]!)) continue;
        if (!bdd.intersects(this.matchNodes[j]!, match)) continue;
        const shared = bdd.and(this.matchNodes[j]!, match);
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
      result.push({
        line: line.index,
        action,
        reason: 'blocked',
        blockers,
        differentAction: blockers.some((j) => actionOf(j) !== action),
        overlapping: overlaps.map((o) => o.line),
      });
    }
    return result;
  }
}

export function compileFilter(space: PacketSpace, filter: Filter): CompiledFilter {
  return new CompiledFilter(space, filter);
}
