import { Suggestion } from '../api';
import { h } from '../dom';
import { e, t } from '../i18n';
import { urgency } from './common';

/** A table of suggestions for a role's home: overdue rows red, due-soon amber, each title a link to its page. */
export function itemsTable(caption: string, items: Suggestion[], extra?: { key: string; cell: (s: Suggestion) => string }):
    HTMLTableElement {
  const cols = ['ledgerNo', 'title', 'state', 'deadline', ...(extra ? [extra.key] : [])];
  return h('table', { class: 'ledger items' },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, cols.map((k) => h('th', { scope: 'col' }, t(k))))),
    h('tbody', {}, items.map((s) => {
      const u = urgency(s);
      return h('tr', { class: u ?? '', 'data-id': s.id },
        h('td', { 'data-label': t('ledgerNo') }, s.ledgerNo ?? '—'),
        h('td', { 'data-label': t('title') }, h('a', { href: `/suggestions/${s.id}`, 'data-link': true }, s.title)),
        h('td', { 'data-label': t('state') }, e(s.state)),
        h('td', { 'data-label': t('deadline') }, s.deadline ?? '—',
          u ? h('span', { class: `tag ${u}` }, t(u === 'overdue' ? 'overdue' : 'dueSoon')) : null),
        extra ? h('td', { 'data-label': t(extra.key) }, extra.cell(s)) : null);
    })));
}
