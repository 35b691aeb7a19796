import { Contact, get, Page, post, Suggestion, SuggestionEvent } from '../api';
import { h, Kid, message, mount } from '../dom';
import { dateTime, e, l, t } from '../i18n';
import { errorText } from './auth';
import { unit, urgency } from './common';
import { actionForm, actionPath, hasForm } from './action-forms';
import { me } from '../main';
import { homeOf, mayDo } from '../roles';

export async function suggestionView(main: HTMLElement, id: number): Promise<void> {
  mount(main, h('p', { 'aria-busy': 'true' }, t('loading')));
  let s: Suggestion;
  let events: Page<SuggestionEvent>;
  let contacts: Contact[];
  let actions: string[];
  const home = homeOf(me);
  const back = () => h('a', { href: home, 'data-link': true, class: 'back' }, '← ', t(home === '/ledger' ? 'back' : 'backHome'));
  try {
    [s, events, contacts, actions] = await Promise.all([
      get<Suggestion>(`/suggestions/${id}`),
      get<Page<SuggestionEvent>>(`/suggestions/${id}/events?limit=500`),
      get<Contact[]>(`/suggestions/${id}/contacts`),
      get<string[]>(`/suggestions/${id}/actions`),
    ]);
  } catch (err) {
    mount(main, back(), message(errorText(err)));
    return;
  }
  // only what this user's role may do here (the services check again); staff see every action of the state
  actions = actions.filter((a) => mayDo(me, a, s));
  const u = urgency(s);
  const lead = s.leadUnitId ? (await unit(s.leadUnitId))?.name ?? `#${s.leadUnitId}` : '—';
  const co = (await Promise.all(s.coUnitIds.map(async (c) => (await unit(c))?.name ?? `#${c}`))).join('、') || '—';
  const preLead = s.preLeadUnitId ? (await unit(s.preLeadUnitId))?.name ?? `#${s.preLeadUnitId}` : null;
  const dl = (rows: [string, Kid | Kid[]][]) => h('dl', { class: 'facts' },
    rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));

  const actionArea = h('section', { class: 'card', 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, t('actions')));
  const out = h('div', { 'aria-live': 'polite' });
  const formArea = h('div', {});
  if (actions.length === 0) actionArea.appendChild(h('p', {}, t('noActions')));
  const buttons = h('div', { class: 'buttons' });
  for (const a of actions) {
    if (!hasForm(a)) continue;
    buttons.appendChild(h('button', {
      type: 'button', 'data-action': a,
      onclick: async () => {
        mount(out);
        const { body, controls } = await actionForm(a, [s]);
        const form = h('form', { class: 'action-form', 'aria-label': e(a) }, h('h3', {}, e(a)), controls,
          h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('submit')),
            h('button', { type: 'button', onclick: () => mount(formArea) }, l('取消', 'Cancel'))));
        form.addEventListener('submit', async (ev) => {
          ev.preventDefault();
          mount(out);
          try {
            await post(`/suggestions/${id}/${actionPath(a)}`, await body());
            await suggestionView(main, id);
            main.querySelector('[aria-live]')?.append(message(t('actionDone', { a: e(a) }), 'ok'));
          } catch (err) {
            mount(out, message(errorText(err)));
          }
        });
        mount(formArea, form);
        (form.querySelector('select, input, textarea') as HTMLElement | null)?.focus();
      },
    }, e(a)));
  }
  actionArea.append(buttons, formArea, out);

  const timeline = h('ol', { class: 'timeline' }, events.items.map((ev) => h('li', {},
    h('div', { class: 'when' }, h('time', { datetime: ev.at }, dateTime(ev.at)), ' · ', ev.actor),
    h('div', { class: 'what' }, h('strong', {}, e(ev.action)),
      ev.fromState || ev.toState ? ` ${e(ev.fromState)} → ${e(ev.toState)}` : null),
    ev.reason ? h('div', { class: 'reason' }, ev.reason) : null,
    Object.keys(ev.data).length ? h('div', { class: 'data' },
      Object.entries(ev.data).map(([k, v]) => h('span', {}, `${k}: ${v}`))) : null)));
  const contactList = contacts.length === 0 ? h('p', {}, t('noContacts')) : h('ul', { class: 'contacts' },
    contacts.map((c) => h('li', {}, h('time', { datetime: c.at }, dateTime(c.at)), ` · ${e(c.phase)} · ${c.method} · ${c.actor}`,
      c.note ? h('div', {}, c.note) : null)));

  mount(main,
    back(),
    h('h1', {}, s.title),
    h('p', { class: 'sub' }, s.ledgerNo ?? '—', ' · ', e(s.state),
      u ? h('span', { class: `tag ${u}` }, t(u === 'overdue' ? 'overdue' : 'dueSoon')) : null,
      s.supervised ? h('span', { class: 'tag' }, t('supervised')) : null),
    h('div', { class: 'columns' },
      h('div', {},
        h('section', { class: 'card' }, dl([
          ['category', e(s.category)], ['deadline', s.deadline ?? '—'], ['leadUnit', lead], ['coUnits', co],
          ['resultClass', s.resultClass ? e(s.resultClass) : '—'], ['rating', e(s.rating)],
          ...extraFacts(s, preLead),
        ]), h('h2', {}, t('content')), h('p', { class: 'text' }, s.content),
        s.replyText ? [h('h2', {}, t('reply')), h('p', { class: 'text' }, s.replyText)] : null,
        s.explanation ? [h('h2', {}, l('公开说明', 'Published explanation')), h('p', { class: 'text' }, s.explanation)] : null),
        actionArea),
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'tl-h' }, h('h2', { id: 'tl-h' }, t('timeline')), timeline),
        h('section', { class: 'card', 'aria-labelledby': 'ct-h' }, h('h2', { id: 'ct-h' }, t('contacts')), contactList))));
}

/** Facts that only some states have: a pre-assignment waiting for confirmation, a pending extension, a merge. */
function extraFacts(s: Suggestion, preLead: string | null): [string, Kid | Kid[]][] {
  const rows: [string, Kid | Kid[]][] = [];
  if (preLead && s.state === 'PRE_ASSIGNED') rows.push(['preAssignedTo', preLead]);
  if (s.extensionDays) rows.push(['extensionPending', `${s.extensionDays} · ${s.extensionReason ?? ''}`]);
  if (s.mergedIntoId) {
    rows.push(['mergedInto', h('a', { href: `/suggestions/${s.mergedIntoId}`, 'data-link': true }, `#${s.mergedIntoId}`)]);
  }
  return rows;
}
