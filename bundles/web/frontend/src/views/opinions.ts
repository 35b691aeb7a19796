// The opinions register (社情民意): what the public left at stations and by QR codes. Staff see their region's, a
// deputy those addressed to them; each NEW one is taken up as a suggestion (its content prefilled, the addressed
// deputy as proposer) or closed with a reason. The submitter follows it by the receipt.
import { get, Opinion, Page, post, query, Suggestion } from '../api';
import { field, h, message, mount, select } from '../dom';
import { dateTime, e, l, t } from '../i18n';
import { me, navigate } from '../main';
import { isDeputy, isStaff } from '../roles';
import { errorText } from './auth';
import { fillRegions, loadPage, pager } from './common';
import { CATEGORIES, KINDS } from './new-suggestion';

const LIMIT = 20;

export async function opinionsView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const regionId = params.get('regionId') ?? '';
  const status = params.get('status') ?? 'NEW';
  const staff = isStaff(me) || (me?.roles.includes('LEADER') ?? false);
  const region = select('regionId', [['', t('allRegions')]], regionId);
  const statusSel = select('status', [['', t('anyState')], ...['NEW', 'PROMOTED', 'DISMISSED']
    .map((s): [string, string] => [s, e(s)])], status === 'ANY' ? '' : status);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('opinions') },
    staff ? field(t('region'), region) : null, field(t('status'), statusSel),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('/opinions' + query({ regionId: region.value, status: statusSel.value || 'ANY' }));
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('opinions')), form, results);
  if (staff) {
    void fillRegions(region, regionId);
  }
  const page = await loadPage<Opinion>(results, '/opinions' + query({ regionId, status: status === 'ANY' ? null : status,
    deputyId: staff ? null : me?.deputyId, offset, limit: LIMIT }), l('没有符合条件的群众意见', 'No opinions match'));
  if (!page) return;
  const here = (o: number) => '/opinions' + query({ regionId, status, offset: o || null });
  mount(results, h('p', { class: 'count' }, t('totalRows', { n: page.total })),
    h('ul', { class: 'opinions' }, page.items.map((o) => opinionCard(o))),
    pager(page.total, offset, LIMIT, here));
}

function opinionCard(o: Opinion): HTMLElement {
  const area = h('div', {});
  const card = h('li', { class: 'card opinion', 'data-id': o.id, 'data-status': o.status },
    h('p', { class: 'sub' }, o.receiptNo, ' · ', dateTime(o.createdAt), ' · ', e(o.status),
      o.submitterName ? ` · ${o.submitterName}` : null, o.submitterContact ? ` · ${o.submitterContact}` : null),
    h('p', { class: 'text' }, o.content),
    o.suggestionId ? h('a', { href: `/suggestions/${o.suggestionId}`, 'data-link': true }, t('linkedSuggestion')) : null,
    o.status === 'NEW' ? h('div', { class: 'buttons' },
      h('button', { type: 'button', 'data-opinion': 'promote', onclick: () => void promoteForm(o, area) }, l('转为代表建议', 'Take up as a suggestion')),
      h('button', { type: 'button', 'data-opinion': 'dismiss', onclick: () => dismissForm(o, area) }, l('不予立项', 'Close without a suggestion'))) : null,
    area);
  return card;
}

async function promoteForm(o: Opinion, area: HTMLElement): Promise<void> {
  const opts = (vs: string[]) => vs.map((v): [string, string] => [v, e(v)]);
  const kind = select('kind', opts(KINDS), KINDS[0], true);
  const category = select('category', [['', t('chooseUnit')], ...opts(CATEGORIES)], '', true);
  const title = h('input', { name: 'title', required: true, maxlength: 200 });
  const content = h('textarea', { name: 'content', required: true, rows: 5, maxlength: 10000 });
  content.value = o.content;
  // a deputy takes it up as their own; staff name the proposer (the deputy it was addressed to, by default)
  const deputies = isDeputy(me) && !isStaff(me) ? null
    : (await get<Page<{ id: number; name: string }>>(`/deputies?regionId=${o.regionId}&limit=500`)).items;
  const proposer = deputies ? select('deputyId', [['', t('chooseUnit')], ...deputies.map((d): [string, string] =>
    [String(d.id), d.name])], o.deputyId ? String(o.deputyId) : '', true) : null;
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'action-form', id: `promote-${o.id}` }, h('h3', {}, l('转为代表建议', 'Take up as a suggestion')),
    field(t('kind'), kind), field(t('category'), category), field(t('title'), title),
    field(t('content'), content, l('办结后建议内容将公开：请删去群众的姓名、电话等个人信息', 'The content is published once completed: remove names, phone numbers and other personal data')),
    proposer ? field(l('提出代表', 'Proposing deputy'), proposer) : null, out,
    h('button', { type: 'submit', class: 'primary' }, t('submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    try {
      const s = await post<Suggestion>(`/opinions/${o.id}/promote`, { kind: kind.value, category: category.value,
        regionId: o.regionId, title: title.value.trim(), content: content.value.trim(),
        deputyIds: proposer ? [Number(proposer.value)] : [me?.deputyId], stationId: o.stationId, opinionIds: [] });
      navigate(`/suggestions/${s.id}`);
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  mount(area, form);
  title.focus();
}

function dismissForm(o: Opinion, area: HTMLElement): void {
  const reason = h('textarea', { name: 'reason', required: true, rows: 3, maxlength: 2000 });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'action-form' }, field(t('reason'), reason), out,
    h('button', { type: 'submit', class: 'primary' }, t('submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await post(`/opinions/${o.id}/dismiss`, { reason: reason.value.trim() });
      navigate(location.pathname + location.search, true);
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  mount(area, form);
  reason.focus();
}
