// A deputy's duty register (履职登记): their records, newest first and paged; a new record (it waits for staff
// review); a correction request for an error, a double count or an omission (错重漏), which staff decide.
import { get, Page, post, query } from '../api';
import { field, h, message, mount, select } from '../dom';
import { l, t } from '../i18n';
import { me, navigate } from '../main';
import { errorText } from './auth';
import { pager } from './common';

const LIMIT = 20;

interface DutyRecord { id: number; kind: string; date: string; place: string | null; participants: string | null;
  evidence: string | null; source: string; status: string; reviewNote: string | null }
interface Kind { kind: string; zh: string }

let kinds: Kind[] | null = null;
const kindName = (k: string): string => kinds?.find((x) => x.kind === k)?.zh ?? k;
const STATUS: Record<string, [string, string]> = { PENDING: ['待审核', 'Waiting for review'],
  APPROVED: ['已确认', 'Approved'], REJECTED: ['未通过', 'Rejected'], VOIDED: ['已作废', 'Voided'] };
const status = (s: string): string => (STATUS[s] ? l(...STATUS[s]) : s);

export async function myDutiesView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  const formArea = h('div', {});
  mount(main, h('h1', {}, t('myDuties')), h('p', { class: 'sub' }, l('系统已知的履职（提出建议、进站接待、推动解决问题）自动记入；其他履职请在此登记，经联络机构审核后计入积分。',
    'What the platform knows (suggestions raised, receptions, problems solved) is recorded by itself; enter the rest here: it counts once staff approve it.')),
  formArea, results);
  let page: Page<DutyRecord>;
  try {
    kinds ??= await get<Kind[]>('/duties/kinds');
    page = await get<Page<DutyRecord>>('/duties' + query({ deputyId: me?.deputyId, offset, limit: LIMIT }));
  } catch (err) {
    mount(results, message(errorText(err)));
    return;
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
  mount(formArea, recordForm(), correctionForm(page.items));
  if (page.items.length === 0) {
    mount(results, h('p', { class: 'empty' }, l('还没有履职记录', 'No records yet')));
    return;
  }
  mount(results,
    h('p', { class: 'count' }, t('totalRows', { n: page.total })),
    h('table', { class: 'ledger duties' },
      h('caption', { class: 'sr-only' }, t('myDuties')),
      h('thead', {}, h('tr', {}, [l('日期', 'Date'), l('类别', 'Kind'), l('地点', 'Place'), l('说明', 'Evidence'),
        l('来源', 'Source'), l('状态', 'Status')].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, page.items.map((d) => h('tr', { 'data-id': d.id, 'data-status': d.status },
        h('td', { 'data-label': l('日期', 'Date') }, d.date),
        h('td', { 'data-label': l('类别', 'Kind') }, kindName(d.kind)),
        h('td', { 'data-label': l('地点', 'Place') }, d.place ?? '—'),
        h('td', { 'data-label': l('说明', 'Evidence') }, d.evidence ?? '—'),
        h('td', { 'data-label': l('来源', 'Source') }, d.source === 'AUTOMATIC' ? l('自动记入', 'Automatic') : l('本人登记', 'Entered')),
        h('td', { 'data-label': l('状态', 'Status') }, status(d.status), d.reviewNote ? ` · ${d.reviewNote}` : null))))),
    pager(page.total, offset, LIMIT, (o) => '/my-duties' + query({ offset: o || null })));
}

const kindSelect = (name: string) => select(name, [['', t('chooseUnit')],
  ...(kinds ?? []).filter((k) => k.kind !== 'SUGGESTION_RAISED').map((k): [string, string] => [k.kind, k.zh])], '', true);

/** A new record of a duty done: kind, date, place, who took part, what proves it. */
function recordForm(): HTMLElement {
  const kind = kindSelect('dutyKind');
  const date = h('input', { name: 'date', type: 'date', required: true, max: new Date().toISOString().slice(0, 10) });
  const place = h('input', { name: 'place', maxlength: 200 });
  const participants = h('input', { name: 'participants', maxlength: 500 });
  const evidence = h('textarea', { name: 'evidence', rows: 2, required: true, maxlength: 2000 });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'duty-form' }, h('h2', {}, l('登记履职', 'Record a duty')),
    h('div', { class: 'grid2' }, field(l('履职类别', 'Kind of duty'), kind), field(l('日期', 'Date'), date),
      field(l('地点', 'Place'), place), field(l('参加人员', 'Who took part'), participants)),
    field(l('佐证材料（会议记录、照片、签到等）', 'Evidence (minutes, photos, sign-in…)'), evidence), out,
    h('button', { type: 'submit', class: 'primary' }, t('submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    try {
      await post('/duties', { deputyId: me?.deputyId, kind: kind.value, date: date.value, place: place.value.trim() || null,
        stationId: null, participants: participants.value.trim() || null, evidence: evidence.value.trim() || null });
      navigate('/my-duties?recorded=1', true);
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  if (new URLSearchParams(location.search).get('recorded')) {
    out.append(message(l('已登记，等待审核', 'Recorded: waiting for review'), 'ok'));
  }
  return form;
}

/** 错重漏: an ERROR or DUPLICATE names a record of this page; an ERROR or OMISSION says what is right. */
function correctionForm(records: DutyRecord[]): HTMLElement {
  const kind = select('correctionKind', [['OMISSION', l('漏记', 'Omission')], ['ERROR', l('记录有误', 'Error')],
    ['DUPLICATE', l('重复计入', 'Double count')]], 'OMISSION', true);
  const record = select('recordId', [['', l('（漏记时不选）', '(none for an omission)')],
    ...records.map((d): [string, string] => [String(d.id), `${d.date} ${kindName(d.kind)}`])], '');
  const description = h('textarea', { name: 'description', rows: 2, required: true, maxlength: 2000 });
  const rightKind = kindSelect('proposedKind');
  const rightDate = h('input', { name: 'proposedDate', type: 'date' });
  // an error or an omission says what is right; a double count only names its record
  const needs = () => {
    rightKind.required = rightDate.required = kind.value !== 'DUPLICATE';
    record.required = kind.value !== 'OMISSION';
  };
  kind.addEventListener('change', needs);
  needs();
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'correction-form' },
    h('details', {}, h('summary', {}, l('申请更正（错、重、漏）', 'Ask for a correction (error, double count, omission)')),
      h('div', { class: 'grid2' }, field(l('更正类型', 'Kind'), kind), field(l('涉及的记录', 'The record'), record),
        field(l('正确的类别', 'The right kind'), rightKind), field(l('正确的日期', 'The right date'), rightDate)),
      field(l('情况说明', 'What is wrong'), description), out,
      h('button', { type: 'submit' }, l('提交更正申请', 'Send the request'))));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    const proposed = kind.value === 'DUPLICATE' ? null : { kind: rightKind.value || null, date: rightDate.value || null,
      place: null, stationId: null, participants: null, evidence: description.value.trim() || null };
    try {
      await post('/duties/corrections', { deputyId: me?.deputyId, kind: kind.value,
        recordId: record.value ? Number(record.value) : null, description: description.value.trim(), proposed });
      mount(out, message(l('已提交，联络机构核实后更正', 'Sent: staff will check and correct it'), 'ok'));
      form.reset();
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  return form;
}
