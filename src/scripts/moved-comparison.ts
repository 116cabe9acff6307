import { pairFromPath } from '../lib/compare-selection.ts';

/**
 * On the 404 page: an old "X vs Y" address (a pair that is no longer pre-rendered, or whose tool
 * was renamed or removed) opens the comparison of those tools instead, where renamed slugs are
 * followed. Without JavaScript the 404 page's links still lead on.
 */
const marker = document.querySelector<HTMLElement>('[data-compare-base]');
const compareBase = marker?.dataset['compareBase'];
const pair = compareBase ? pairFromPath(location.pathname, compareBase) : undefined;
if (compareBase && pair) location.replace(`${compareBase}?tools=${pair.join(',')}`);
