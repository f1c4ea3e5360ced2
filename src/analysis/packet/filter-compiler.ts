import type { Filter, FilterAction, FilterRule } from '../../model/index.js';
import { type BddNode, FALSE, TRUE } from './bdd.js';
import type { FilterDecision } from './evaluate-filter.js';
import { judgedFamily } from './filter-domain.js';
import { overlappingEarlierLines } from './line-index.js';
import { EMPTY_ENVELOPE, envelopeHolds, matchEnvelope, type MatchEnvelope } from './match-envelope.js';
import { familySet, matchSet, surelyNonEmpty } from './match-to-set.js';
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
 * Cost: every per-line question (reachable? blocked by which lines? what does it decide? redundant?)
 * is answered against only the lines whose envelopes overlap it (line-index.ts), so a long ACL of
 * specific lines costs little. The sets that need the whole filter at once (`permitted`,
 * `unmatched`) are built on first use.
 */

export interface CompiledLine {
  index: number;
  rule: FilterRule;
  enabled: boolean;
  /** Packets the rule's conditions select (within the judged family), whether or not they reach it. */
  readonly match: PacketSet;
  /** Whether some packet reaches this line and is decided by it. */
  readonly reachable: boolean;
  /**
   * The line's reachable set: the packets that reach this line and are decided by it, i.e. its match
   * minus everything matched by earlier enabled lines (built on first use).
   */
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
  private readonly envelopes: MatchEnvelope[];
  /** Per line, the earlier enabled lines whose envelopes overlap it, ascending. */
  private readonly candidates: number[][];
  /** Per line, the later enabled lines whose envelopes overlap it (built on first use). */
  private laterCandidates?: number[][];
  private readonly reachableFlags: boolean[];
  private readonly decidedNodes: (BddNode | undefined)[];
  private permittedNode?: BddNode;
  private unmatchedNode?: BddNode;
  private unreachable?: UnreachableLine[];

  constructor(space: PacketSpace, filter: Filter) {
    this.filter = filter;
    this.space = space;
    this.stateful = filter.semantics.stateful;
    const family = judgedFamily(filter);
    this.judged = space.wrap(family === undefined ? TRUE : familySet(space.bdd, family));
    const rules = filter.rules;
    this.matchNodes = new Array<BddNode | undefined>(rules.length);
    this.decidedNodes = new Array<BddNode | undefined>(rules.length);
    this.envelopes = rules.map((rule) => (rule.disabled ? EMPTY_ENVELOPE : matchEnvelope(rule.match, family)));
    this.candidates = overlappingEarlierLines(this.envelopes);
    this.reachableFlags = rules.map((rule, i) => !rule.disabled && this.checkReachable(i));
    this.lines = rules.map((rule, index) => this.compiledLine(rule, index));
  }

  /**
   * Packets that pass: permitted by a line, by the default action, or not judged at all. Built on
   * first use from what each line decides: with a deny default, the union of what the permit lines
   * decide; with a permit default, everything but what the deny lines decide.
   */
  get permitted(): PacketSet {
    if (this.permittedNode === undefined) {
      const bdd = this.space.bdd;
      const defaultPermit = this.filter.semantics.defaultAction === 'permit';
      const deciding = this.lines.filter((line) => line.reachable && (line.rule.action === 'permit') !== defaultPermit);
      const decided = bdd.orAll(deciding.map((line) => this.decidedBy(line.index)));
      this.permittedNode = defaultPermit ? bdd.not(decided) : bdd.or(bdd.not(this.judged.node), decided);
    }
    return this.space.wrap(this.permittedNode);
  }

  /** Judged packets no enabled line matches: they get the default action. Built on first use. */
  get unmatched(): PacketSet {
    if (this.unmatchedNode === undefined) {
      const bdd = this.space.bdd;
      const matched = bdd.orAll(this.lines.filter((line) => line.reachable).map((line) => this.matchOf(line.index)));
      this.unmatchedNode = bdd.diff(this.judged.node, matched);
    }
    return this.space.wrap(this.unmatchedNode);
  }

  /** The line that decides a concrete packet, 'default', or 'not-applicable' for an unjudged family. */
  decide(packet: Packet): FilterDecision {
    const assignment = packetAssignment(packet);
    const bdd = this.space.bdd;
    if (!bdd.evaluate(this.judged.node, assignment)) return 'not-applicable';
    for (let i = 0; i < this.lines.length; i++) {
      if (this.reachableFlags[i] && bdd.evaluate(this.matchOf(i), assignment)) return i;
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
   * listed here (see unreachableLines). Logging is not considered: a `deny … log` line in front of
   * the implicit deny is listed, though removing it would lose the log entries.
   *
   * Only the later lines that overlap the line can decide its packets once it is gone, so the answer
   * is computed inside the line's own match.
   */
  redundantLines(): number[] {
    const bdd = this.space.bdd;
    const later = this.later();
    const result: number[] = [];
    for (let i = 0; i < this.lines.length; i++) {
      if (!this.reachableFlags[i]) continue;
      const match = this.matchOf(i);
      // Within the line's match: what the later lines and the default let through.
      let passing = this.filter.semantics.defaultAction === 'permit' ? match : FALSE;
      for (let k = later[i]!.length - 1; k >= 0; k--) {
        const j = later[i]![k]!;
        const shared = bdd.and(this.matchOf(j), match);
        passing = this.filter.rules[j]!.action === 'permit' ? bdd.or(passing, shared) : bdd.diff(passing, shared);
      }
      const permit = this.filter.rules[i]!.action === 'permit';
      // Whole match treated alike: no need to know which part of it reaches the line.
      if (passing === (permit ? match : FALSE)) {
        result.push(i);
        continue;
      }
      const decided = this.decidedBy(i);
      if (permit ? bdd.isSubset(decided, passing) : !bdd.intersects(decided, passing)) result.push(i);
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
      reachable: this.reachableFlags[index]!,
      decides: () => this.space.wrap(this.decidedBy(index)),
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
   * lines that can overlap are consulted; with none, a match that is surely non-empty needs no BDD
   * at all. Two cheap witnesses are tried next (a concrete packet of the line that no earlier line
   * matches proves it reachable); otherwise the earlier matches are subtracted until nothing is left
   * or they run out.
   */
  private checkReachable(i: number): boolean {
    // No judged family fits the line's addresses: it matches nothing (match-envelope.ts).
    if (this.envelopes[i]!.families === 0) return false;
    const earlier = this.candidates[i]!;
    if (earlier.length === 0 && surelyNonEmpty(this.filter.rules[i]!.match)) return true;
    const bdd = this.space.bdd;
    const match = this.matchOf(i);
    if (match === FALSE) return false;
    if (earlier.length === 0) return true;
    for (const prefer of [() => 0 as const, () => 1 as const]) {
      const witness = bdd.satOne(match, prefer)!;
      // The envelope test first, so that lines that cannot hold the witness are never built.
      const taken = earlier.some((j) => envelopeHolds(this.envelopes[j]!, witness) && bdd.evaluate(this.matchOf(j), witness));
      if (!taken) return true;
    }
    return this.subtractEarlier(i, match) !== FALSE;
  }

  /** The packets line i decides (memoised). */
  private decidedBy(i: number): BddNode {
    let node = this.decidedNodes[i];
    if (node === undefined) {
      node = this.reachableFlags[i] ? this.subtractEarlier(i, this.matchOf(i)) : FALSE;
      this.decidedNodes[i] = node;
    }
    return node;
  }

  /** `set` minus the matches of the earlier lines that overlap line i. */
  private subtractEarlier(i: number, set: BddNode): BddNode {
    let rest = set;
    for (const j of this.candidates[i]!) {
      rest = this.space.bdd.diff(rest, this.matchOf(j));
      if (rest === FALSE) break;
    }
    return rest;
  }

  private later(): number[][] {
    if (!this.laterCandidates) {
      const later: number[][] = this.lines.map(() => []);
      this.candidates.forEach((earlier, i) => earlier.forEach((j) => later[j]!.push(i)));
      this.laterCandidates = later;
    }
    return this.laterCandidates;
  }

  private explainUnreachable(i: number): UnreachableLine {
    const bdd = this.space.bdd;
    const match = this.matchOf(i);
    const action = this.filter.rules[i]!.action;
    if (match === FALSE) {
      return { line: i, action, reason: 'empty-match', blockers: [], differentAction: false, overlapping: [] };
    }
    const overlaps: { line: number; weight: number; shared: BddNode }[] = [];
    for (const j of this.candidates[i]!) {
      const shared = bdd.and(this.matchOf(j), match);
      if (shared !== FALSE) overlaps.push({ line: j, weight: bdd.satFraction(shared), shared });
    }
    overlaps.sort((a, b) => b.weight - a.weight || a.line - b.line);
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
}

export function compileFilter(space: PacketSpace, filter: Filter): CompiledFilter {
  return new CompiledFilter(space, filter);
}
