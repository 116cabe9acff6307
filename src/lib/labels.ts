import { facetLabel, type FacetKey } from '../vocabulary.ts';

export type LabelledGroup = FacetKey;

/** Display label of a facet value; the facet's own missing term ("Not rated", "Unknown") when unset. */
export const labelOf: (group: FacetKey, value: string | null | undefined) => string = facetLabel;
