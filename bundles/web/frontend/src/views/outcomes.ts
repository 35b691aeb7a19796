// The public's pages for outcomes (no login, phone-first): the published outcomes of finished suggestions (办理结果
//公开: the reply, its result class, the deputy's rating, a published explanation), one outcome, and where the
// suggestion an opinion became stands, read with its receipt.
import { get, query } from '../api';
import { field, h, Kid, message, mount, select } from '../dom';
import { dateTime, e, l, t } from '../i18n';
import { navigate } from '../main';
import { errorText } from './auth';
import { fillRegions, loadPage, pager } from './common';
import { CATEGORIES } from './new-suggestion';

export interface PublicOutcome {
  id: number; ledgerNo: string | null; kind: string; category: string; title: string; content: string; state: string;
  regionId: number; regionName: string | null; leadUnitName: string | null; deadline: string | null; published: boolean;
  resultClass: string | null; replyText: string | null; repliedAt: string | null; rating: string | null;
  explanation: string | null; lookBack: boolean; solved: boolean; updatedAt: string;
}

const LIMIT = 10;

export async function outcomesView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  main.classList.add('public');
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const f = { regionId: params.get('regionId') ?? '', category: params.get('category') ?? '', q: params.get('q') ?? '' };
  const region = select('regionId', [['', l('全部地区', 'All regions')]], f.regionId);
  const category = select('category', [['', l('全部类别', 'All categories')],
    ...CATEGORIES.map((c): [string, string] => [c, e(c)])], f.category);
  const q = h('input', { type: 'search', name: 'q', value: f.q, maxlength: 100 });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('outcomes') },
    field(t('region'), region), field(t('category'), category), field(t('q'), q),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('/outcomes' + query({ regionId: region.value, category: category.value, q: q.value.trim() }));
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('outcomes')), h('p', { class: 'sub' }, t('outcomesSub')), form, results);
  void fillRegions(region, f.regionId);
  const page = await loadPage<PublicOutcome>(results, '/outcomes' + query({ ...f, offset, limit: LIMIT }),
    l('暂无公开的办理结果', 'No published outcomes'), { public: true });
  if (!page) return;
  mount(results, h('p', { class: 'count' }, t('total', { n: page.total })),
    h('ul', { class: 'outcomes' }, page.items.map((o) => h('li', { class: 'card outcome', 'data-id': o.id },
      h('h2', {}, h('a', { href: `/outcomes/${o.id}`, 'data-link': true }, o.title)),
      h('p', { class: 'sub' }, [o.ledgerNo, o.regionName, e(o.category), o.leadUnitName].filter(Boolean).join(' · ')),
      o.resultClass ? h('p', {}, h('span', { class: `tag class-${o.resultClass}` }, e(o.resultClass)),
        o.rating ? h('span', { class: 'tag' }, `${t('rating')}：${e(o.rating)}`) : null) : null,
      o.replyText ? h('p', { class: 'text clamp' }, o.replyText) : null))),
    pager(page.total, offset, LIMIT, (x) => '/outcomes' + query({ ...f, offset: x || null })));
}

export async function outcomeView(main: HTMLElement, id: number): Promise<void> {
  main.classList.add('public');
  const back = h('a', { href: '/outcomes', 'data-link': true, class: 'back' }, '← ', t('outcomes'));
  try {
    const o = await get<PublicOutcome>(`/outcomes/${id}`, { public: true });
    mount(main, back, h('h1', {}, o.title), outcomeCard(o));
  } catch (err) {
    mount(main, back, message(errorText(err)));
  }
}

/** Where a suggestion stands, and its outcome once published; for the outcome page and a receipt. */
export function outcomeCard(o: PublicOutcome): HTMLElement {
  const rows: [string, Kid][] = [
    ['ledgerNo', o.ledgerNo ?? '—'], ['region', o.regionName ?? '—'], ['category', e(o.category)],
    ['status', e(o.state)], ['leadUnit', o.leadUnitName ?? '—'],
  ];
  if (!o.published && o.deadline) rows.push(['deadline', o.deadline]);
  if (o.published) {
    rows.push(['resultClass', e(o.resultClass)], ['rating', e(o.rating)], ['repliedAt', dateTime(o.repliedAt)]);
    if (o.lookBack) rows.push(['lookBack', o.solved ? l('已解决', 'Solved') : l('列入计划，跟踪办理（回头看）', 'Planned: followed up')]);
  }
  return h('section', { class: 'card outcome-card', 'data-state': o.state, 'data-published': String(o.published) },
    h('dl', { class: 'facts' }, rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])),
    h('h2', {}, t('content')), h('p', { class: 'text' }, o.content),
    o.replyText ? [h('h2', {}, t('reply')), h('p', { class: 'text', id: 'outcome-reply' }, o.replyText)] : null,
    o.explanation ? [h('h2', {}, l('公开说明', 'Published explanation')), h('p', { class: 'text' }, o.explanation)] : null,
    o.published ? null : h('p', { class: 'hint' }, l('办结后将公开答复和测评结果。', 'The reply and the rating are published when it is completed.')));
}
