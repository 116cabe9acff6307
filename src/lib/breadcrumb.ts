/** A level of a breadcrumb trail. */
export interface Crumb {
  readonly href: string;
  readonly label: string;
}

/**
 * A trail that never repeats a level: a crumb named like the one above it (a subcategory named
 * after its category, "Feature Stores / Feature Stores") is left out, the outer level kept.
 */
export function breadcrumbTrail(trail: readonly Crumb[]): Crumb[] {
  return trail.filter(
    (crumb, index) =>
      index === 0 || crumb.label.trim().toLowerCase() !== trail[index - 1]?.label.trim().toLowerCase(),
  );
}
