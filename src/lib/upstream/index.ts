/**
 * Upstream facts: what machines collected about each tool's source repository, kept in
 * `content/upstream/` beside the hand-written entries. The site reads it with `readUpstream`;
 * the scripts `refresh-upstream.ts` and `report-upstream.ts` write and report it.
 */
export { UPSTREAM_FILE, UpstreamDataError, emptyUpstream, parseUpstream, serializeUpstream } from './data.ts';
export { readUpstream } from './read.ts';
export {
  lastActivity,
  reviewUpstream,
  type Finding,
  type FindingKind,
  type UpstreamReview,
} from './findings.ts';
export type {
  FoundRecord,
  MissingRecord,
  SnapshotRecord,
  UpstreamData,
  UpstreamRecord,
} from '../../schemas/upstream.ts';
