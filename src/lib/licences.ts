import spdxLicenses from 'spdx-license-list';

/** Every SPDX licence id, from the maintained SPDX list (the `spdx-license-list` package). */
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
