// The staff's review of duty registers (履职审核): records deputies entered wait here until approved (they count in
// the score from then) or rejected with a reason; correction requests (错重漏) are accepted, which applies them, or
// rejected. Both lists hold the caller's region and the regions below it, newest first.
import { get, Page, post, query } from '../api';
import { field, h, message, mount } from '../dom';
import { dateTime, l, t } from '../i18n';
import { navigate } from '../main';
import { errorText } from './auth';
import { pager } from './common';

const LIMIT = 20;

interface Duty { id: number; deputyId: number; kind: string; date: string; place: string | null; participants: string | null;
  evidence: string | null; createdBy: string; createdAt: string }
interface Correction { id: number; deputyId: number; kind: string; recordId: number | null; description: string;
  proposed: { kind: string | null; date: string | null } | null; createdAt: string }

const deputies = new Map<number, Promise<string>>();
const deputyName = (id: number): Promise<string> => {
  if (!deputies.has(id)) deputies.set(id, get<{ name: string }>(`/deputies/${id}`).then((d) => d.name).catch(() => `#${id}`));
  return deputies.get(id)!;
};
const KINDS: Record<string, [string, string]> = { ERROR: ['记录有误', 'Error'], DUPLICATE: ['重复计入', 'Double count'],
  OMISSION: ['漏记', 'Omission'] };

export async function dutyReviewView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const records = h('section', { class: 'results', 'aria-labelledby': 'dr-h', 'aria-busy': 'true' });
  const corrections = h('section', { class: 'results', 'aria-labelledby': 'dc-h', 'aria-busy': 'true' });
  mount(main, h('h1', {}, t('dutyReview')), h('h2', { id: 'dr-h' }, l('待审核的履职记录', 'Records waiting for review')), records,
    h('h2', { id: 'dc-h' }, l('待处理的更正申请', 'Correction requests to decide')), corrections);
  let kinds: { kind: string; zh: string }[];
  let pending: Page<Duty>;
  let open: Page<Correction>;
  try {
    [kinds, pending, open] = await Promise.all([get<{ kind: string; zh: string }[]>('/duties/kinds'),
      get<Page<Duty>>('/duties' + query({ status: 'PENDING', source: 'MANUAL', offset, limit: LIMIT })),
      get<Page<Correction>>('/duties/corrections' + query({ status: 'OPEN', limit: 100 }))]);
  } catch (err) {
    mount(records, message(errorText(err)));
    return;
  } finally {
    records.setAttribute('aria-busy', 'false');
    corrections.setAttribute('aria-busy', 'false');
  }
  const kindName = (k: string | null) => kinds.find((x) => x.kind === k)?.zh ?? k ?? '—';
  const names = new Map<number, string>();
  const ids = [...new Set([...pending.items, ...open.items].map((x) => x.deputyId))];
  (await Promise.all(ids.map(deputyName))).forEach((n, i) => names.set(ids[i], n));
  const reload = () => navigate('/duty-review' + query({ offset: offset || null }), true);

  mount(records, pending.items.length === 0 ? h('p', { class: 'empty' }, l('没有待审核的记录', 'Nothing waits for review'))
    : [h('p', { class: 'count' }, t('totalRows', { n: pending.total })),
      h('ul', { class: 'opinions' }, pending.items.map((d) => reviewCard(
        { id: d.id, kind: 'record' },
        `${names.get(d.deputyId)} · ${d.date} · ${kindName(d.kind)}${d.place ? ` · ${d.place}` : ''}`,
        [d.participants ? `${l('参加人员', 'Who took part')}：${d.participants}` : null, d.evidence ?? ''],
        `/duties/${d.id}/approve`, `/duties/${d.id}/reject`, reload))),
      pager(pending.total, offset, LIMIT, (o) => '/duty-review' + query({ offset: o || null }))]);
  mount(corrections, open.items.length === 0 ? h('p', { class: 'empty' }, l('没有待处理的更正申请', 'No open requests'))
    : [h('p', { class: 'count' }, t('totalRows', { n: open.total })),
      h('ul', { class: 'opinions' }, open.items.map((c) => reviewCard(
        { id: c.id, kind: 'correction' },
        `${names.get(c.deputyId)} · ${KINDS[c.kind] ? l(...KINDS[c.kind]) : c.kind} · ${dateTime(c.createdAt)}`,
        [c.recordId ? `${l('涉及记录', 'Record')} #${c.recordId}` : null,
          c.proposed ? `${l('应为', 'Should be')}：${kindName(c.proposed.kind)} ${c.proposed.date ?? ''}` : null, c.description],
        `/duties/corrections/${c.id}/accept`, `/duties/corrections/${c.id}/reject`, reload)))]);
}

/** One item to decide: approving takes an optional note, rejecting a reason. */
function reviewCard(key: { id: number; kind: string }, head: string, lines: (string | null)[], approve: string,
    reject: string, done: () => void): HTMLElement {
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000 });
  const out = h('div', { 'aria-live': 'polite' });
  const send = (path: string, body: unknown) => async () => {
    mount(out);
    try {
      await post(path, body);
      done();
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  };
  return h('li', { class: 'card opinion', 'data-id': key.id, 'data-kind': key.kind },
    h('p', { class: 'sub' }, head), lines.filter(Boolean).map((x) => h('p', { class: 'text' }, x!)),
    field(l('审核意见（不通过时必填）', 'Note (needed to reject)'), note),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'primary', 'data-review': 'approve',
        onclick: () => void send(approve, { note: note.value.trim() || null })() }, l('通过', 'Approve')),
      h('button', { type: 'button', 'data-review': 'reject',
        onclick: () => void send(reject, { reason: note.value.trim() })() }, l('不通过', 'Reject'))),
    out);
}
