import { Contact, get, Page, post, Suggestion, SuggestionEvent } from '../api';
import { field, h, Kid, message, mount, select } from '../dom';
import { dateTime, e, t } from '../i18n';
import { errorText } from './auth';
import { unit, unitsOf, urgency } from './common';
import { me } from '../main';
import { homeOf, mayDo } from '../roles';

type Form = (s: Suggestion) => Promise<{ body: () => unknown; controls: Kid[] }>;

const enumOptions = (values: string[]): [string, string][] => values.map((v) => [v, e(v)]);
const reasonForm: Form = async () => {
  const reason = h('textarea', { name: 'reason', required: true, rows: 3, maxlength: 2000 });
  return { body: () => ({ reason: reason.value.trim() }), controls: [field(t('reason'), reason)] };
};
const noBody: Form = async () => ({ body: () => undefined, controls: [] });

/** The actions wired with a form here; the others are listed and done in the console or over the API for now. */
const FORMS: Record<string, Form> = {
  ASSIGN: async (s) => {
    const units = await unitsOf(s.handlingRegionId);
    const options: [string, string][] = units.map((u) => [String(u.id), u.name]);
    const lead = select('leadUnitId', [['', t('chooseUnit')], ...options], s.leadUnitId ? String(s.leadUnitId) : '', true);
    const co = h('select', { name: 'coUnitIds', multiple: true, size: Math.min(5, Math.max(2, options.length)) });
    for (const [v, label] of options) co.appendChild(h('option', { value: v }, label));
    return {
      body: () => ({ leadUnitId: Number(lead.value), coUnitIds: [...co.selectedOptions].map((o) => Number(o.value))
        .filter((id) => id !== Number(lead.value)) }),
      controls: [field(t('leadUnit'), lead), field(t('coUnits'), co)],
    };
  },
  ACCEPT: noBody,
  GROUP_PASS: noBody,
  FORMALIZE: noBody,
  CLOSE: noBody,
  GROUP_RETURN: reasonForm,
  UNIT_RETURN: reasonForm,
  REPLY: async () => {
    const rc = select('resultClass', enumOptions(['A', 'B', 'C']), 'A', true);
    const text = h('textarea', { name: 'text', required: true, rows: 5, maxlength: 10000 });
    return { body: () => ({ resultClass: rc.value, text: text.value.trim() }),
      controls: [field(t('resultClass'), rc), field(t('replyText'), text)] };
  },
  EVALUATE: async () => {
    const rating = select('rating', enumOptions(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']), 'SATISFIED', true);
    const channel = select('channel', enumOptions(['ONLINE', 'PAPER']), 'ONLINE', true);
    const comment = h('textarea', { name: 'comment', rows: 3, maxlength: 2000 });
    return { body: () => ({ rating: rating.value, channel: channel.value, comment: comment.value.trim() || null }),
      controls: [field(t('rating'), rating), field(t('channel'), channel), field(t('comment'), comment)] };
  },
  REQUEST_EXTENSION: async () => {
    const days = h('input', { name: 'days', type: 'number', required: true, min: 1, max: 90, value: 15 });
    const reason = h('textarea', { name: 'reason', required: true, rows: 3, maxlength: 2000 });
    return { body: () => ({ days: Number(days.value), reason: reason.value.trim() }),
      controls: [field(t('extensionDays'), days), field(t('reason'), reason)] };
  },
  LOG_CONTACT: async () => {
    const phase = select('phase', enumOptions(['BEFORE', 'DURING', 'AFTER']), 'BEFORE', true);
    const method = h('input', { name: 'method', required: true, maxlength: 100 });
    const note = h('textarea', { name: 'note', rows: 3, maxlength: 2000 });
    return { body: () => ({ phase: phase.value, method: method.value.trim(), note: note.value.trim() || null }),
      controls: [field(t('contacts'), phase), field(lang0('方式（电话、见面…）', 'Method (phone, meeting…)'), method),
        field(t('comment'), note)] };
  },
};

function lang0(zh: string, en: string): string {
  return document.documentElement.lang === 'en' ? en : zh;
}

const PATHS: Record<string, string> = { LOG_CONTACT: 'contacts', REQUEST_EXTENSION: 'extension-request',
  DECIDE_EXTENSION: 'extension-decision', SECONDARY_EVALUATE: 'secondary-evaluation' };
const path = (action: string) => PATHS[action] ?? action.toLowerCase().replace(/_/g, '-');

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
  const dl = (rows: [string, Kid | Kid[]][]) => h('dl', { class: 'facts' },
    rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)]));

  const actionArea = h('section', { class: 'card', 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, t('actions')));
  const out = h('div', { 'aria-live': 'polite' });
  const formArea = h('div', {});
  if (actions.length === 0) actionArea.appendChild(h('p', {}, t('noActions')));
  const buttons = h('div', { class: 'buttons' });
  for (const a of actions) {
    const wired = Object.prototype.hasOwnProperty.call(FORMS, a) ? FORMS[a] : undefined;
    buttons.appendChild(h('button', {
      type: 'button', 'data-action': a, disabled: !wired, title: wired ? null : lang0('请在控制台或接口中办理', 'Use the console or the API'),
      onclick: async () => {
        mount(out);
        const { body, controls } = await wired!(s);
        const form = h('form', { class: 'action-form', 'aria-label': e(a) }, h('h3', {}, e(a)), controls,
          h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('submit')),
            h('button', { type: 'button', onclick: () => mount(formArea) }, lang0('取消', 'Cancel'))));
        form.addEventListener('submit', async (ev) => {
          ev.preventDefault();
          mount(out);
          try {
            await post(`/suggestions/${id}/${path(a)}`, body());
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
        ]), h('h2', {}, t('content')), h('p', { class: 'text' }, s.content),
        s.replyText ? [h('h2', {}, t('reply')), h('p', { class: 'text' }, s.replyText)] : null),
        actionArea),
      h('div', {},
        h('section', { class: 'card', 'aria-labelledby': 'tl-h' }, h('h2', { id: 'tl-h' }, t('timeline')), timeline),
        h('section', { class: 'card', 'aria-labelledby': 'ct-h' }, h('h2', { id: 'ct-h' }, t('contacts')), contactList))));
}
