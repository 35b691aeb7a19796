import { get, Page, PracticeInfo, PracticePage, query } from '../api';
import { field, h, message, mount, select } from '../dom';
import { lang, t } from '../i18n';
import { navigate } from '../main';
import { errorText } from './auth';
import { fillRegions, pager } from './common';

const LIMIT = 20;

/** The web UI's address of a practice's page. */
export const practicePath = (p: PracticeInfo, page: PracticePage): string =>
  `/practices/${encodeURIComponent(p.id)}/${page.path.split('/').map(encodeURIComponent).join('/')}`;

/** A practice's page title in the current language. */
export const pageTitle = (page: PracticePage): string => (lang === 'zh' ? page.titleZh : page.titleEn);

/** A value of a listed item as text: strings and numbers as they are, lists joined, anything else left out. */
function cell(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? t('yes') : t('no');
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(cell).join('、');
  return '—';
}

/**
 * A page an installed practice contributes, as data: a paged table of its list endpoint with the columns it names,
 * filtered by a region of the caller's scope. A practice that is no longer installed has no page here.
 */
export async function practiceView(main: HTMLElement, practices: PracticeInfo[], id: string, path: string,
    params: URLSearchParams): Promise<void> {
  const practice = practices.find((p) => p.id === id);
  const page = practice?.pages.find((pg) => pg.path === path && pg.listApi);
  if (!practice || !page) {
    mount(main, h('h1', {}, t('notFound')), message(t('practiceGone')));
    return;
  }
  const here = practicePath(practice, page);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const regionId = params.get('regionId') ?? '';
  const region = select('regionId', [['', t('allRegions')]], regionId);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': pageTitle(page) },
    field(t('region'), region),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate(here + query({ regionId: region.value }));
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, pageTitle(page)),
    h('p', { class: 'sub' }, lang === 'zh' ? practice.nameZh : practice.nameEn), form, results);
  void fillRegions(region, regionId);

  let data: Page<Record<string, unknown>>;
  try {
    data = await get<Page<Record<string, unknown>>>(`/practices/${encodeURIComponent(practice.id)}/${page.listApi}`
      + query({ regionId, offset, limit: LIMIT }));
  } catch (err) {
    mount(results, message(errorText(err)));
    results.setAttribute('aria-busy', 'false');
    return;
  }
  results.setAttribute('aria-busy', 'false');
  if (!data.items || data.items.length === 0) {
    mount(results, h('p', { class: 'empty' }, t('noPracticeRows')));
    return;
  }
  const label = (c: PracticePage['columns'][number]) => (lang === 'zh' ? c.labelZh : c.labelEn);
  const to = (o: number) => here + query({ regionId, offset: o || null });
  mount(results,
    h('p', { class: 'count' }, t('totalRows', { n: data.total })),
    h('table', { class: 'ledger practice', 'data-practice': practice.id, 'data-page': page.path },
      h('caption', { class: 'sr-only' }, pageTitle(page)),
      h('thead', {}, h('tr', {}, page.columns.map((c) => h('th', { scope: 'col' }, label(c))))),
      h('tbody', {}, data.items.map((item) => h('tr', {},
        page.columns.map((c) => h('td', { 'data-label': label(c), 'data-field': c.field }, cell(item[c.field]))))))),
    pager(data.total, offset, LIMIT, to));
}
