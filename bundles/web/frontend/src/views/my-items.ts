import { query, Suggestion } from '../api';
import { h, message, mount } from '../dom';
import { t } from '../i18n';
import { me } from '../main';
import { loadPage, pager, unit } from './common';
import { itemsTable } from './items';

/** A page holds a unit's usual open load; the server orders running items first, the nearest deadline first. */
const LIMIT = 100;

/** A handler's home: the items their unit leads or co-handles, by deadline. */
export async function myItemsView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const unitId = me?.unitId;
  const title = h('h1', {}, t('myItems'));
  const sub = h('p', { class: 'sub' });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, title, sub, results);
  if (!unitId) {
    mount(results, message(t('noUnit')));
    return;
  }
  void unit(unitId).then((u) => { sub.textContent = u?.name ?? `#${unitId}`; });
  const page = await loadPage<Suggestion>(results, '/suggestions' + query({ unitId, sort: 'DEADLINE', offset, limit: LIMIT }), t('noRows'));
  if (!page) return;
  const role = (s: Suggestion) => t(s.leadUnitId === unitId ? 'leadUnit' : 'coUnits');
  mount(results, h('p', { class: 'count' }, t('total', { n: page.total })),
    itemsTable(t('myItems'), page.items, { key: 'ourPart', cell: role }),
    pager(page.total, offset, LIMIT, (o) => '/my-items' + query({ offset: o || null })));
}
