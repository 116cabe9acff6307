import { DEPLOYMENTS, DIFFICULTIES, LICENSES, STATUSES } from '../vocabulary.ts';

export type LabelledGroup = 'license' | 'difficulty' | 'deployment' | 'status';

const VOCABULARIES: Record<LabelledGroup, Record<string, { label: string }>> = {
  license: LICENSES,
  difficulty: DIFFICULTIES,
  deployment: DEPLOYMENTS,
  status: STATUSES,
};

/** Display label of a vocabulary value; "Not rated" / "Unknown" for missing values. */
export function labelOf(group: LabelledGroup, value: string | null | undefined): string {
  if (!value || value === 'not-rated')
    return group === 'license' || group === 'difficulty' ? 'Not rated' : 'Unknown';
  return VOCABULARIES[group][value]?.label ?? value;
}
