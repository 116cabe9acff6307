/**
 * The vocabulary labels a comparison shows, as plain maps: the pair pages use them directly and
 * the /compare/ page passes them to its script in a data attribute, so the browser gets the
 * same labels without loading vocabulary.ts (descriptions and all). Server-side only.
 */
import {
  DEPLOYMENTS,
  DIFFICULTIES,
  LANGUAGES,
  LICENSES,
  MAINTAINER_KINDS,
  PRICING_MODELS,
  STATUSES,
} from '../vocabulary.ts';
import type { LabelMaps } from './compare.ts';

const labelsOf = (vocabulary: Readonly<Record<string, { readonly label: string }>>) =>
  Object.fromEntries(Object.entries(vocabulary).map(([value, term]) => [value, term.label]));

export const COMPARISON_LABEL_MAPS: LabelMaps = {
  license: labelsOf(LICENSES),
  difficulty: labelsOf(DIFFICULTIES),
  deployment: labelsOf(DEPLOYMENTS),
  status: labelsOf(STATUSES),
  maintainer: labelsOf(MAINTAINER_KINDS),
  language: labelsOf(LANGUAGES),
  pricing: labelsOf(PRICING_MODELS),
};
