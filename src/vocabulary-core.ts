/**
 * The few vocabulary values browser code needs, apart from vocabulary.ts: that module computes
 * its value lists at load time, so importing anything from it would ship every label and
 * description to the browser. vocabulary.ts re-exports these; nothing else declares them.
 */

/** The value a filter or URL uses for "this entry has no value for this facet". */
export const MISSING_VALUE = 'not-rated';

/** Statuses that mean "do not start something new with it": flagged wherever the tool shows. */
export const INACTIVE_STATUSES = ['deprecated', 'archived', 'discontinued'] as const;
