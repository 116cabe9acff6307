import spdxLicenses from 'spdx-license-list';
import { LICENSE_PARTS, type LicensePart } from '../vocabulary.ts';

/** Every SPDX license id, from the maintained SPDX list (the `spdx-license-list` package). */
export const SPDX_IDS: readonly string[] = Object.keys(spdxLicenses);

/** Whether an SPDX id is approved by the Open Source Initiative (undefined when unknown). */
export function isOsiApproved(licenseId: string): boolean | undefined {
  return Object.hasOwn(spdxLicenses, licenseId) ? spdxLicenses[licenseId]?.osiApproved : undefined;
}

/** Copyleft family of an SPDX id: strong (GPL, AGPL), weak (LGPL, MPL, EPL, …) or none. */
export function copyleftOf(licenseId: string): 'strong' | 'weak' | 'none' {
  if (/^(A?GPL)-/.test(licenseId)) return 'strong';
  if (/^(LGPL|MPL|EPL|EUPL|CDDL|OSL|CECILL)-/.test(licenseId)) return 'weak';
  return 'none';
}

/** What a license id means for a reader: "Apache-2.0, open source", "SSPL-1.0, not open source". */
function partTerms(licenseId: string | undefined): string {
  if (licenseId === undefined) return 'proprietary';
  return `${licenseId}, ${isOsiApproved(licenseId) ? 'open source' : 'not open source'}`;
}

interface LicensedParts {
  readonly license?: string | undefined;
  readonly licenseId?: string | undefined;
  readonly licenseParts?:
    readonly { readonly part: LicensePart; readonly licenseId?: string | undefined }[] | undefined;
}

/**
 * Whether a product is open core by its licenses: its main repository is open source while a
 * part of it (a server, enterprise features) is source-available or proprietary.
 */
export function isOpenCore(tool: LicensedParts): boolean {
  return (
    tool.license === 'open-source' &&
    (tool.licenseParts ?? []).some((part) => part.licenseId === undefined || !isOsiApproved(part.licenseId))
  );
}

/**
 * The license of each part, for the badge's note and the comparison row: "open core: SDK and
 * client Apache-2.0, open source; server SSPL-1.0, not open source". Undefined for a product
 * under one license.
 */
export function licensePartsText(tool: LicensedParts): string | undefined {
  const parts = tool.licenseParts ?? [];
  if (parts.length === 0) return undefined;
  const main = tool.licenseId ? [`main repository ${partTerms(tool.licenseId)}`] : [];
  const rest = parts.map(
    (part) => `${LICENSE_PARTS[part.part].label.toLowerCase()} ${partTerms(part.licenseId)}`,
  );
  return `${isOpenCore(tool) ? 'open core: ' : ''}${[...main, ...rest].join('; ')}`;
}
