import { download, get, Page, query, Suggestion } from '../api';
import { field, h, message, mount, select } from '../dom';
import { e, STATES, t } from '../i18n';
import { me, navigate } from '../main';
import { errorText } from './auth';
import { fold, fillRegions, urgency, pager } from './common';
import { bulkBar } from './bulk';

const LIMIT = 20;

/** The ledger (台账): filters in the address, so a filtered page can be bookmarked and Back works. */
export async function ledgerView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const f = { regionId: params.get('regionId') ?? '', state: params.get('state') ?? '', overdue: params.get('overdue') === 'true',
    q: params.get('q') ?? '', sort: params.get('sort') ?? '' };
  const region = select('regionId', [['', t('allRegions')]], f.regionId);
  const state = select('state', [['', t('anyState')], ...STATES.map((s): [string, string] => [s, e(s)])], f.state);
  const overdue = h('input', { type: 'checkbox', name: 'overdue', id: 'f-overdue' });
  overdue.checked = f.overdue;
  const q = h('input', { type: 'search', name: 'q', value: f.q, maxlength: 100 });
  const sort = select('sort', [['', t('sortNewest')], ['DEADLINE', t('sortDeadline')]], f.sort);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('ledger') },
    field(t('region'), region), field(t('state'), state), field(t('q'), q), field(t('sort'), sort),
    h('div', { class: 'field check' }, overdue, h('label', { for: 'f-overdue' }, t('overdueOnly'))),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search')),
      h('a', { href: '/ledger', 'data-link': true, class: 'button' }, t('reset'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('/ledger' + query({ regionId: region.value, state: state.value, overdue: overdue.checked, q: q.value.trim(),
      sort: sort.value }));
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('ledger')), form,
    h('div', { class: 'folds' }, fold('views', t('savedViews'), savedViews(location.search)),
      fold('exports', t('exports'), exportBar(f.regionId, f.state))),
    results);
  void fillRegions(region, f.regionId);

  let page: Page<Suggestion>;
  try {
    page = await get<Page<Suggestion>>('/suggestions' + query({ regionId: f.regionId, state: f.state,
      overdue: f.overdue ? 'true' : null, q: f.q, sort: f.sort, offset, limit: LIMIT }));
  } catch (err) {
    mount(results, message(errorText(err)));
    results.setAttribute('aria-busy', 'false');
    return;
  }
  results.setAttribute('aria-busy', 'false');
  if (page.items.length === 0) {
    mount(results, h('p', { class: 'empty' }, t('noRows')));
    return;
  }
  const ticks = new Map<number, HTMLInputElement>();
  const bulk = bulkBar(() => page.items.filter((s) => ticks.get(s.id)?.checked),
    () => navigate('/ledger' + location.search, true));
  const changed = () => bulk?.dispatchEvent(new Event('lianxin:picked'));
  const rows = page.items.map((s) => {
    const u = urgency(s);
    const tick = h('input', { type: 'checkbox', name: 'pick', value: s.id, 'aria-label': `${t('pick')} ${s.title}`,
      onchange: changed });
    ticks.set(s.id, tick);
    return h('tr', { class: u ?? '', 'data-id': s.id },
      bulk ? h('td', { class: 'pick' }, tick) : null,
      h('td', { 'data-label': t('ledgerNo') }, s.ledgerNo ?? '—'),
      h('td', { 'data-label': t('title') }, h('a', { href: `/suggestions/${s.id}`, 'data-link': true }, s.title)),
      h('td', { 'data-label': t('state') }, e(s.state), s.supervised ? h('span', { class: 'tag' }, t('supervised')) : null),
      h('td', { 'data-label': t('category') }, e(s.category)),
      h('td', { 'data-label': t('deadline') }, s.deadline ?? '—',
        u ? h('span', { class: `tag ${u}` }, t(u === 'overdue' ? 'overdue' : 'dueSoon')) : null));
  });
  const to = (o: number) => '/ledger' + query({ ...f, overdue: f.overdue, offset: o || null });
  const all = h('input', { type: 'checkbox', id: 'pick-all', 'aria-label': t('pickAll'), onchange: () => {
    ticks.forEach((c) => { c.checked = all.checked; });
    changed();
  } });
  mount(results,
    h('p', { class: 'count' }, t('total', { n: page.total })),
    bulk,
    h('table', { class: 'ledger' },
      h('caption', { class: 'sr-only' }, t('ledger')),
      h('thead', {}, h('tr', {}, bulk ? h('th', { scope: 'col', class: 'pick' }, all) : null,
        ...['ledgerNo', 'title', 'state', 'category', 'deadline'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, rows)),
    pager(page.total, offset, LIMIT, to));
}

/** Exports of the ledger, the assignments register and the statistics, with the region and state of the filters. */
function exportBar(regionId: string, state: string): HTMLElement {
  const format = select('format', [['xlsx', 'Excel (xlsx)'], ['csv', 'CSV']], 'xlsx');
  const out = h('div', { class: 'export-result', 'aria-live': 'polite' });
  const run = (kind: string, params: Record<string, string>) => async (ev: Event) => {
    const button = ev.currentTarget as HTMLButtonElement;
    button.disabled = true;
    mount(out, t('exporting'));
    try {
      const file = await download(`/exports/${kind}` + query({ format: format.value, ...params }));
      const msg = message(t('exported', { name: file.name, n: file.bytes }), 'ok');
      msg.dataset.kind = kind;
      msg.dataset.bytes = String(file.bytes);
      mount(out, msg);
    } catch (err) {
      mount(out, message(errorText(err)));
    } finally {
      button.disabled = false;
    }
  };
  return h('section', { class: 'exports tools card inline', 'aria-label': t('exports') },
    field(t('format'), format),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', 'data-export': 'ledger', onclick: run('ledger', { regionId, state }) }, t('exportLedger')),
      h('button', { type: 'button', 'data-export': 'assignments', onclick: run('assignments', { regionId, state }) },
        t('exportAssignments')),
      h('button', { type: 'button', 'data-export': 'statistics', onclick: run('statistics', { regionId, by: 'REGION' }) },
        t('exportStatistics'))),
    h('small', { class: 'hint wide' }, t('exportHint')),
    out);
}

interface SavedView { name: string; search: string }
const viewsKey = (): string => `lianxin.views.${me?.username ?? ''}`;

function loadViews(): SavedView[] {
  try {
    const v = JSON.parse(localStorage.getItem(viewsKey()) ?? '[]');
    return Array.isArray(v) ? v.filter((x) => typeof x?.name === 'string' && typeof x?.search === 'string') : [];
  } catch {
    return [];
  }
}

/** Saved views: named filter sets of the ledger, kept in this browser per user; apply, save the current, delete. */
function savedViews(current: string): HTMLElement {
  const views = loadViews();
  const search = new URLSearchParams(current);
  search.delete('offset');
  const here = search.toString() ? `?${search}` : '';
  const pick = select('view', [['', t('chooseView')], ...views.map((v, i): [string, string] => [String(i), v.name])]);
  const name = h('input', { name: 'viewName', maxlength: 40 });
  const out = h('div', { class: 'view-result', 'aria-live': 'polite' });
  const store = (vs: SavedView[]) => localStorage.setItem(viewsKey(), JSON.stringify(vs));
  const chosen = (): SavedView | null => (pick.value === '' ? null : views[Number(pick.value)] ?? null);
  return h('section', { class: 'views tools card inline', 'aria-label': t('savedViews') },
    field(t('savedViews'), pick),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', 'data-view': 'apply', onclick: () => {
        const v = chosen();
        if (v) navigate('/ledger' + v.search);
      } }, t('applyView')),
      h('button', { type: 'button', 'data-view': 'delete', onclick: () => {
        const v = chosen();
        if (!v) return;
        store(views.filter((x) => x !== v));
        navigate('/ledger' + location.search, true);
      } }, t('deleteView'))),
    field(t('viewName'), name),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', 'data-view': 'save', onclick: () => {
        const n = name.value.trim();
        if (!n) {
          mount(out, message(t('viewNameNeeded')));
          return;
        }
        store([...views.filter((x) => x.name !== n), { name: n, search: here }]);
        navigate('/ledger' + location.search, true);
      } }, t('saveView'))),
    out);
}
