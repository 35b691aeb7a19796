import { get, Page, Region, Unit } from '../api';
import { h, message, mount } from '../dom';
import { errorText } from './auth';
import { t } from '../i18n';
import { me } from '../main';

let regionCache: Region[] | null = null;

/** The caller's region and two levels below it (the roots and theirs for a caller without a region), indented. */
export async function regionOptions(): Promise<[string, string][]> {
  if (!regionCache) {
    const top: Region[] = me?.regionId ? [await get<Region>(`/regions/${me.regionId}`)]
      : (await get<Page<Region>>('/regions?limit=500')).items;
    const out: Region[] = [];
    const depth = new Map<number, number>();
    const walk = async (rs: Region[], d: number): Promise<void> => {
      const kids = d < 2 ? await Promise.all(rs.map((r) =>
        get<Page<Region>>(`/regions?parentId=${r.id}&limit=500`).then((p) => p.items))) : rs.map(() => []);
      for (let i = 0; i < rs.length; i++) {
        out.push(rs[i]);
        depth.set(rs[i].id, d);
        if (kids[i].length) await walk(kids[i], d + 1);
      }
    };
    await walk(top, 0);
    regionCache = out.map((r) => ({ ...r, name: '\u3000'.repeat(depth.get(r.id) ?? 0) + r.name }));
  }
  return regionCache.map((r) => [String(r.id), r.name]);
}

/** Adds the caller's regions to a filter's select, keeping `selected`; the filter works without the names meanwhile. */
export function fillRegions(region: HTMLSelectElement, selected: string): Promise<void> {
  return regionOptions().then((opts) => {
    for (const [v, label] of opts) {
      const o = h('option', { value: v }, label);
      if (v === selected) o.selected = true;
      region.appendChild(o);
    }
  }).catch(() => { /* the ids still filter */ });
}

/**
 * Loads a page of a list into `results`: the API's refusal as a message, an empty list as `empty`; null then. The
 * region is busy meanwhile, for screen readers.
 */
export async function loadPage<T>(results: HTMLElement, path: string, empty: string,
    opts?: { public?: boolean }): Promise<Page<T> | null> {
  results.setAttribute('aria-busy', 'true');
  try {
    const page = await get<Page<T>>(path, opts);
    if (page.items.length === 0) {
      mount(results, h('p', { class: 'empty' }, empty));
      return null;
    }
    return page;
  } catch (err) {
    mount(results, message(errorText(err)));
    return null;
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}

const units = new Map<number, Promise<Unit | null>>();
export function unit(id: number): Promise<Unit | null> {
  if (!units.has(id)) units.set(id, get<Unit>(`/units/${id}`).catch(() => null));
  return units.get(id)!;
}

export function unitsOf(regionId: number): Promise<Unit[]> {
  return get<Page<Unit>>(`/units?regionId=${regionId}&limit=500`).then((p) => p.items);
}

/** Days from today to an ISO date (negative: past). */
export function daysUntil(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const due = Date.UTC(y, m - 1, d);
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((due - today) / 86_400_000);
}

export const DUE_SOON_DAYS = 7;
const OPEN_WITH_DEADLINE = new Set(['TOWNSHIP_REVIEW', 'ROUTED', 'PRE_ASSIGNED', 'ASSIGNED', 'HANDLING', 'SUPERVISED',
  'EXPLANATION_REQUIRED']);

/** 'overdue', 'soon' or null, for the ledger's highlighting. */
export function urgency(s: { state: string; deadline: string | null; overdue: boolean }): 'overdue' | 'soon' | null {
  if (s.overdue) return 'overdue';
  if (s.deadline && OPEN_WITH_DEADLINE.has(s.state) && daysUntil(s.deadline) <= DUE_SOON_DAYS) return 'soon';
  return null;
}

/** Previous / page n of m / next, as links to `to(offset)` (the filters stay in the address). */
export function pager(total: number, offset: number, limit: number, to: (offset: number) => string): HTMLElement {
  const pages = Math.max(1, Math.ceil(total / limit));
  const at = Math.floor(offset / limit) + 1;
  return h('nav', { class: 'pager', 'aria-label': t('pageOf', { p: at, n: pages }) },
    at > 1 ? h('a', { href: to(Math.max(0, offset - limit)), 'data-link': true, rel: 'prev' }, t('prev')) : null,
    h('span', {}, t('pageOf', { p: at, n: pages })),
    at < pages ? h('a', { href: to(offset + limit), 'data-link': true, rel: 'next' }, t('next')) : null);
}

/** A tool folded under its name, so the ledger's rows stay on the first screen; it stays open or shut for the tab. */
export function fold(key: string, label: string, content: HTMLElement): HTMLDetailsElement {
  const stored = `lianxin.fold.${key}`;
  const d = h('details', { class: 'fold', 'data-fold': key, open: sessionStorage.getItem(stored) === '1' },
    h('summary', {}, label), content);
  d.addEventListener('toggle', () => sessionStorage.setItem(stored, d.open ? '1' : '0'));
  return d;
}
