/**
 * The card of a tool or resource in a listing, as a string: a listing of 10,000 tools renders
 * some 140,000 cards (each tool on every page of every order and badge it appears in), which
 * component by component took most of the build. One renderer, used by the card components and,
 * through `/data/cards/`, by the listing script. What a card keeps is what a reader needs to
 * choose: name, one line, badges, status, upstream signals; the entry's page has the rest.
 */
import { MISSING_VALUE, STATUSES } from '../vocabulary.ts';
import { badgesOf, statusWarning, type Badged, type BadgeView } from './entries.ts';
import { attributes, escapeHtml } from './html.ts';
import { memoized } from './maps.ts';
import {
  archivedUpstreamOnly,
  compactStars,
  latestActivity,
  monthLabel,
  monthOf,
  type UpstreamView,
} from './upstream-view.ts';

export interface CardEntry extends Badged {
  readonly name: string;
  readonly description: string;
  /** Facts collected upstream: stars and the month of the latest release or push. */
  readonly upstream?: UpstreamView | undefined;
}

export interface CardOptions {
  /** The entry's page on this site, when it has one. */
  readonly href?: string | undefined;
  /** Listing that badge links filter ("/tools/"); plain-text badges without it. */
  readonly listing?: string | undefined;
  /** A short line above the name, such as the category. */
  readonly eyebrow?: string | undefined;
  /** Heading level of the name, so cards fit the page outline. */
  readonly headingLevel?: 2 | 3 | undefined;
  /** Slug to offer a "Compare" toggle for (tool listings with a compare tray). */
  readonly compareSlug?: string | undefined;
  /**
   * The entry's filter values as `data-*` attributes, on a listing that filters the cards it
   * holds; none on a listing that filters with its data.
   */
  readonly filterData?: Readonly<Record<`data-${string}`, string>> | undefined;
}

const ACTIVITY_LABELS = { release: 'Released', push: 'Pushed', commit: 'Last commit' } as const;

/** A badge: a link to the listing filtered by it, or plain text; its description when asked. */
export function badgeHtml(
  badge: BadgeView,
  href?: string,
  options: { readonly title?: boolean } = {},
): string {
  const tone = badge.value === undefined ? 'none' : (badge.tone ?? 'mixed');
  const tag = href ? 'a' : 'span';
  const icon = badge.icon ? `<span aria-hidden="true">${escapeHtml(badge.icon)}</span>` : '';
  return (
    `<${tag} class="badge tone-${tone}"${attributes({ href, title: options.title ? badge.description : undefined })}>` +
    `${icon}${escapeHtml(badge.label)}</${tag}>`
  );
}

/**
 * The badges of an entry as the list cards and pages show, each linking to the pre-rendered
 * listing of its value under `listing` (`/tools/license/open-source/`): it works without
 * JavaScript, and with it offers the other filters too.
 */
export function badgeListHtml(
  badges: readonly BadgeView[],
  listing: string | undefined,
  options: { readonly title?: boolean } = {},
): string {
  const items = badges.map((badge) => {
    const href = listing ? `${listing}${badge.group}/${badge.value ?? MISSING_VALUE}/` : undefined;
    return `<li>${badgeHtml(badge, href, options)}</li>`;
  });
  return `<ul class="cluster" aria-label="Badges">${items.join('')}</ul>`;
}

function statusLines(entry: CardEntry): string {
  const warning = statusWarning(entry.status);
  const status = warning
    ? `<p class="card-status"><span aria-hidden="true">${warning.icon} </span>${escapeHtml(warning.label)}</p>`
    : '';
  // Flagged as soon as the data says so, before a maintainer updates the entry's status.
  const archived = archivedUpstreamOnly(entry.upstream, entry.status)
    ? `<p class="card-status" data-archived-upstream><span aria-hidden="true">${STATUSES.archived.icon} </span>Archived upstream</p>`
    : '';
  return status + archived;
}

function upstreamLine(upstream: UpstreamView | undefined): string {
  if (!upstream) return '';
  const stars =
    upstream.stars === null
      ? ''
      : `<span><span aria-hidden="true">★ </span>${compactStars(upstream.stars)}<span class="visually-hidden"> stars on GitHub</span></span>`;
  const activity = latestActivity(upstream);
  const when = activity
    ? `<span>${ACTIVITY_LABELS[activity.kind]} <time datetime="${monthOf(activity.date)}">${monthLabel(activity.date)}</time></span>`
    : '';
  return stars || when ? `<p class="card-upstream">${stars}${when}</p>` : '';
}

/** The card of one entry (`<article class="card">`), every value from content escaped. */
export function entryCardHtml(entry: CardEntry, options: CardOptions = {}): string {
  const { href, listing, eyebrow, headingLevel = 3, compareSlug, filterData } = options;
  const name = escapeHtml(entry.name);
  const filterAttributes = filterData ? attributes({ 'data-filter-item': true, ...filterData }) : '';
  const compare = compareSlug
    ? `<button type="button" class="compare-toggle" data-compare-toggle="${escapeHtml(compareSlug)}" aria-pressed="false" hidden>Compare<span class="visually-hidden"> ${name}</span></button>`
    : '';
  return (
    `<article class="card"${filterAttributes}>` +
    (eyebrow ? `<p class="card-eyebrow">${escapeHtml(eyebrow)}</p>` : '') +
    `<h${headingLevel} class="card-name">${href ? `<a href="${escapeHtml(href)}">${name}</a>` : name}</h${headingLevel}>` +
    `<p class="card-description">${escapeHtml(entry.description)}</p>` +
    statusLines(entry) +
    upstreamLine(entry.upstream) +
    `<div class="card-footer">${badgeListHtml(badgesOf(entry), listing)}${compare}</div>` +
    `</article>`
  );
}

const cardsOf = new WeakMap<object, Map<string, string>>();

/**
 * A card written once per entry and `variant` (what else its options depend on), then reused:
 * a tool shows the same card on every page of every order and badge listing it is in, some
 * fourteen listings' worth at 10,000 tools.
 */
export function memoizedCardHtml(entry: object, variant: string, render: () => string): string {
  return memoized(cardsOf, entry, variant, render);
}
