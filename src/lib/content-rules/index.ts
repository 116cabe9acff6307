/**
 * Every rule of the content check, in the order their problems are usually fixed. To add a
 * rule, write `(context) => problems` in a module of this folder and list it here.
 */
import { capabilityModelRule, questionCapabilityRule, toolCapabilityRule } from './capabilities.ts';
import { checklistRule } from './checklists.ts';
import type { Rule } from './context.ts';
import {
  aliasRule,
  duplicateRule,
  fileNameRule,
  movedRule,
  questionRule,
  subcategoryIdRule,
} from './entries.ts';
import { licenseRule, lifecycleRule, toolFactsRule } from './facts.ts';
import { licensePartsRule, ownershipRule } from './ownership.ts';
import { placementRule } from './placements.ts';
import { redirectRule } from './redirects.ts';
import { categoryReferenceRule, toolLinkRule } from './references.ts';
import { stackStageRule } from './stack-stages.ts';

export type { Located, Rule, RuleContext } from './context.ts';

export const RULES: readonly Rule[] = [
  subcategoryIdRule,
  questionRule,
  movedRule,
  fileNameRule,
  duplicateRule,
  aliasRule,
  categoryReferenceRule,
  toolLinkRule,
  checklistRule,
  licenseRule,
  lifecycleRule,
  toolFactsRule,
  ownershipRule,
  licensePartsRule,
  placementRule,
  capabilityModelRule,
  toolCapabilityRule,
  questionCapabilityRule,
  redirectRule,
];

/**
 * The rules of a whole content directory, the one a site is built from: also those that check
 * code against the content (the stack builder's stages name its categories). `npm run validate`
 * and the build run these; unit tests of single rules use partial content and `RULES`.
 */
export const SITE_RULES: readonly Rule[] = [...RULES, stackStageRule];
