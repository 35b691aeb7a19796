import { get, Page, Suggestion } from '../api';
import { h, message, mount } from '../dom';
import { t } from '../i18n';
import { me } from '../main';
import { errorText } from './auth';
import { unit } from './common';
import { byDeadline, itemsTable } from './items';

/** A handler's home: the items their unit leads or co-handles, by deadline. */
export async function myItemsView(main: HTMLElement): Promise<void> {
  const unitId = me?.unitId;
  const title = h('h1', {}, t('myItems'));
  const sub = h('p', { class: 'sub' });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, title, sub, results);
  if (!unitId) {
    mount(results, message(t('noUnit')));
    return;
  }
  let page: Page<Suggestion>;
  try {
    page = await get<Page<Suggestion>>(`/suggestions?unitId=${unitId}&limit=500`);
    sub.textContent = (await unit(unitId))?.name ?? `#${unitId}`;
  } catch (err) {
    mount(results, message(errorText(err)));
    return;
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
  if (page.items.length === 0) {
    mount(results, h('p', { class: 'empty' }, t('noRows')));
    return;
  }
  const role = (s: Suggestion) => t(s.leadUnitId === unitId ? 'leadUnit' : 'coUnits');
  mount(results, h('p', { class: 'count' }, t('total', { n: page.total })),
    itemsTable(t('myItems'), byDeadline(page.items), { key: 'ourPart', cell: role }));
}
