import { get, Page, query, Suggestion } from '../api';
import { h, message, mount } from '../dom';
import { e, t } from '../i18n';
import { me } from '../main';
import { errorText } from './auth';
import { pager } from './common';
import { itemsTable } from './items';

const LIMIT = 50;

/** A deputy's home: the suggestions they proposed (the API gives a deputy only theirs), with state and rating. */
export async function mySuggestionsView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('mySuggestions')),
    h('p', {}, h('a', { href: '/my-suggestions/new', 'data-link': true, class: 'button primary' }, t('newSuggestion'))),
    results);
  let page: Page<Suggestion>;
  let waiting: number;
  try {
    page = await get<Page<Suggestion>>('/suggestions' + query({ deputyId: me?.deputyId, sort: 'DEADLINE', offset, limit: LIMIT }));
    waiting = (await get<Page<Suggestion>>('/suggestions' + query({ deputyId: me?.deputyId, state: 'REPLIED', limit: 500 })))
      .items.filter((s) => !s.rating).length;
  } catch (err) {
    mount(results, message(errorText(err)));
    return;
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
  mount(results,
    waiting ? h('p', { class: 'msg ok', role: 'status' }, t('toEvaluate', { n: waiting })) : null,
    page.items.length === 0 ? h('p', { class: 'empty' }, t('noRows'))
      : [h('p', { class: 'count' }, t('total', { n: page.total })),
        itemsTable(t('mySuggestions'), page.items, { key: 'rating', cell: (s) => e(s.rating) }),
        pager(page.total, offset, LIMIT, (o) => '/my-suggestions' + query({ offset: o || null }))]);
}
