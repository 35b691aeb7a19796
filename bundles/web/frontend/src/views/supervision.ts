import { get, Page, query, Suggestion } from '../api';
import { field, h, message, mount, select } from '../dom';
import { t } from '../i18n';
import { navigate } from '../main';
import { errorText } from './auth';
import { fillRegions, unit, pager } from './common';
import { itemsTable } from './items';

const LIMIT = 20;

/** The supervision list (督办清单): the supervised suggestions of a region of the caller's scope, overdue ones red. */
export async function supervisionView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const regionId = params.get('regionId') ?? '';
  const region = select('regionId', [['', t('allRegions')]], regionId);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('supervision') },
    field(t('region'), region),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('/supervision' + query({ regionId: region.value }));
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('supervision')), form, results);
  void fillRegions(region, regionId);

  let page: Page<Suggestion>;
  const names = new Map<number, string>();
  try {
    page = await get<Page<Suggestion>>('/suggestions' + query({ supervised: true, regionId, offset, limit: LIMIT }));
    const ids = [...new Set(page.items.map((s) => s.leadUnitId).filter((u): u is number => u !== null))];
    for (const [i, u] of (await Promise.all(ids.map(unit))).entries()) names.set(ids[i], u?.name ?? String(ids[i]));
  } catch (err) {
    mount(results, message(errorText(err)));
    results.setAttribute('aria-busy', 'false');
    return;
  }
  results.setAttribute('aria-busy', 'false');
  if (page.items.length === 0) {
    mount(results, h('p', { class: 'empty' }, t('noSupervised')));
    return;
  }
  const to = (o: number) => '/supervision' + query({ regionId, offset: o || null });
  const table = itemsTable(t('supervision'), page.items,
    { key: 'leadUnit', cell: (s) => (s.leadUnitId === null ? '—' : names.get(s.leadUnitId) ?? '—') });
  table.classList.add('supervision');
  mount(results,
    h('p', { class: 'count' }, t('total', { n: page.total })),
    table,
    pager(page.total, offset, LIMIT, to));
}
