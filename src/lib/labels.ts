/**
 * The vocabulary's labels as browser scripts read them: one shape, by group then value
 * (`LabelMaps`), declared here once. Pages pass them to their script in a `data-labels`
 * attribute (the compare page all of them, the stack builder the groups it shows), so the
 * browser gets the labels without loading vocabulary.ts (descriptions and all); the pair pages
 * use them directly. Each facet group also labels its missing term (`MISSING_VALUE`).
 * Server-side only: scripts import its types.
 */
import {
  DEPLOYMENTS,
  DIFFICULTIES,
  LANGUAGES,
  LICENSES,
  MAINTAINER_KINDS,
  MISSING_VALUE,
  PRICING_MODELS,
  STATUSES,
  facetLabel,
} from '../vocabulary.ts';

/** The vocabularies whose labels the browser reads. */
export type LabelGroup =
  'license' | 'difficulty' | 'deployment' | 'status' | 'maintainer' | 'language' | 'pricing';

/** Display labels of the vocabularies, by group and value: what the browser gets instead of vocabulary.ts. */
export type LabelMaps = Readonly<Record<LabelGroup, Readonly<Record<string, string>>>>;

const labelsOf = (vocabulary: Readonly<Record<string, { readonly label: string }>>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([value, term]) => [value, term.label]));

/** A facet's labels, its missing term's among them. */
const facetLabelsOf = (
  facet: 'license' | 'difficulty' | 'deployment' | 'status',
  vocabulary: Readonly<Record<string, { readonly label: string }>>,
) => ({ ...labelsOf(vocabulary), [MISSING_VALUE]: facetLabel(facet, MISSING_VALUE) });

export const LABEL_MAPS: LabelMaps = {
  license: facetLabelsOf('license', LICENSES),
  difficulty: facetLabelsOf('difficulty', DIFFICULTIES),
  deployment: facetLabelsOf('deployment', DEPLOYMENTS),
  status: facetLabelsOf('status', STATUSES),
  maintainer: labelsOf(MAINTAINER_KINDS),
  language: labelsOf(LANGUAGES),
  pricing: labelsOf(PRICING_MODELS),
};

/** The labels of some groups only, for a script that shows no others. */
export function labelMapsOf<G extends LabelGroup>(groups: readonly G[]): Pick<LabelMaps, G> {
  return Object.fromEntries(groups.map((group) => [group, LABEL_MAPS[group]])) as Pick<LabelMaps, G>;
}
