import type { ClauseRef, Localized } from '../model/index.js';
import type { ClauseMap, ProfileId } from './types.js';

/** The two policy documents the rules implement (../shared/seeds). */
export const PROFILES: Record<ProfileId, { title: Localized; clausePrefix: string }> = {
  kagoshima: {
    title: {
      ja: '鹿児島県教育委員会情報セキュリティポリシー 第2章 情報セキュリティ対策基準（令和8年3月3日一部改正）',
      en: 'Kagoshima Prefectural Board of Education Information Security Policy, Ch. 2 Standards (rev. 2026-03-03)',
    },
    clausePrefix: '第2章',
  },
  sorachi: {
    title: {
      ja: '空知教育センター組合情報セキュリティ基本方針（案）',
      en: 'Sorachi Education Center Union Information Security Basic Policy (draft)',
    },
    clausePrefix: '基本方針',
  },
};

export const DEFAULT_PROFILE: ProfileId = 'kagoshima';

/** Clause references of a rule under one profile, in the document's own numbering. */
export function clauseRefs(clauses: ClauseMap, profile: ProfileId): ClauseRef[] {
  return (clauses[profile] ?? []).map((c) => ({ doc: profile, clause: `${PROFILES[profile].clausePrefix}${c}` }));
}
