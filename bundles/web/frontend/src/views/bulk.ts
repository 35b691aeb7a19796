// Bulk actions on the ledger (批量办理): one action with one form for every ticked suggestion, sent one by one (each
// is its own transaction and audit event in core), with a progress bar and each item's outcome; nothing is hidden
// when some are refused.
import { post, Suggestion } from '../api';
import { h, message, mount, select } from '../dom';
import { e, l } from '../i18n';
import { me } from '../main';
import { has, isStaff } from '../roles';
import { errorText } from './auth';
import { actionForm, actionPath } from './action-forms';

/** What staff do in batches: the reviews, routing, assignment, extension decisions, supervision, close. */
export const BULK_ACTIONS = ['GROUP_PASS', 'ROUTE', 'ASSIGN', 'DECIDE_EXTENSION', 'SUPERVISE', 'CLOSE', 'MARK_SOLVED'];

export interface BulkOutcome { id: number; ok: boolean; text: string }

/** The bar above the ledger's table; `picked()` gives the ticked rows, `done()` reloads the page after a run. */
export function bulkBar(picked: () => Suggestion[], done: () => void): HTMLElement | null {
  // the roles that act on the ledger by region (roles.ts); the services check each item again
  const offered = isStaff(me) ? BULK_ACTIONS : has(me, 'LEADER') ? ['SUPERVISE'] : [];
  if (offered.length === 0) return null;
  const action = select('bulkAction', [['', l('选择批量操作', 'Choose an action')],
    ...offered.map((a): [string, string] => [a, e(a)])], '');
  const formArea = h('div', {});
  const out = h('div', { class: 'bulk-result', 'aria-live': 'polite' });
  const count = h('span', { class: 'picked', 'data-picked': '0' }, l('已选 0 件', '0 ticked'));
  const open = h('button', { type: 'button', 'data-bulk': 'open' }, l('填写并执行', 'Fill in and run'));
  open.addEventListener('click', async () => {
    mount(out);
    const items = picked();
    if (!action.value) return mount(out, message(l('请先选择批量操作', 'Choose an action first')));
    if (items.length === 0) return mount(out, message(l('请先勾选建议', 'Tick some suggestions first')));
    if (action.value === 'ASSIGN' && new Set(items.map((s) => s.handlingRegionId)).size > 1) {
      return mount(out, message(l('批量交办请只勾选同一办理地区的建议', 'Assign in bulk only items of one handling region')));
    }
    const name = action.value;
    const { body, controls } = await actionForm(name, items);
    const run = h('button', { type: 'submit', class: 'primary' }, l(`对 ${items.length} 件执行`, `Run on ${items.length}`));
    const form = h('form', { class: 'action-form bulk-form', 'aria-label': e(name) },
      h('h3', {}, e(name), ' · ', l(`${items.length} 件`, `${items.length} items`)), controls,
      h('div', { class: 'buttons' }, run, h('button', { type: 'button', onclick: () => mount(formArea) }, l('取消', 'Cancel'))));
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      run.disabled = true;
      const outcomes = await runAll(name, items, await body(), out);
      const failed = outcomes.filter((o) => !o.ok).length;
      mount(formArea);
      out.prepend(message(l(`完成：${outcomes.length - failed} 件成功，${failed} 件未办理`,
        `Done: ${outcomes.length - failed} succeeded, ${failed} refused`), failed ? 'error' : 'ok'));
      out.append(h('button', { type: 'button', 'data-bulk': 'reload', onclick: done }, l('刷新台账', 'Reload the ledger')));
    });
    mount(formArea, form);
  });
  const bar = h('section', { class: 'bulk tools card inline', 'aria-label': l('批量办理', 'Bulk actions') },
    h('div', { class: 'field' }, h('label', { for: 'bulk-action' }, l('批量办理', 'Bulk action')), action),
    h('div', { class: 'buttons' }, count, open), formArea, out);
  action.id = 'bulk-action';
  bar.addEventListener('lianxin:picked', () => {
    const n = picked().length;
    count.dataset.picked = String(n);
    count.textContent = l(`已选 ${n} 件`, `${n} ticked`);
  });
  return bar;
}

/** Sends the action for each item in turn, showing progress and each outcome as it comes. */
async function runAll(action: string, items: Suggestion[], body: unknown, out: HTMLElement): Promise<BulkOutcome[]> {
  const bar = h('progress', { max: items.length, value: 0, 'aria-label': l('进度', 'Progress') });
  const status = h('p', { role: 'status' }, `0 / ${items.length}`);
  const list = h('ol', { class: 'bulk-outcomes' });
  mount(out, bar, status, list);
  const outcomes: BulkOutcome[] = [];
  for (const s of items) {
    let o: BulkOutcome;
    try {
      const after = await post<Suggestion>(`/suggestions/${s.id}/${actionPath(action)}`, body);
      o = { id: s.id, ok: true, text: `${e(s.state)} → ${e(after.state)}` };
    } catch (err) {
      o = { id: s.id, ok: false, text: errorText(err) };
    }
    outcomes.push(o);
    list.append(h('li', { class: o.ok ? 'ok' : 'error', 'data-id': s.id, 'data-ok': String(o.ok) },
      h('a', { href: `/suggestions/${s.id}`, 'data-link': true }, s.ledgerNo ?? `#${s.id}`), ' ', s.title, ' · ', o.text));
    bar.value = outcomes.length;
    status.textContent = `${outcomes.length} / ${items.length}`;
  }
  return outcomes;
}
