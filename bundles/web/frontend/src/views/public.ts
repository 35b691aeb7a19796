import { ApiError, get, Opinion, post } from '../api';
import { field, h, message, mount } from '../dom';
import { dateTime, e, t } from '../i18n';
import { navigate } from '../main';
import { errorText } from './auth';
import { outcomeCard, PublicOutcome } from './outcomes';

interface Target { label: string; regionId: number; deputyId: number | null; stationId: number | null }

async function target(params: URLSearchParams): Promise<Target | null> {
  const deputy = params.get('deputy');
  const station = params.get('station');
  if (deputy && /^\d+$/.test(deputy)) {
    const d = await get<{ id: number; name: string; regionId: number }>(`/deputies/${deputy}`, { public: true });
    return { label: t('intakeFor', { x: d.name }), regionId: d.regionId, deputyId: d.id, stationId: null };
  }
  if (station) {
    const s = await get<{ id: number; name: string; regionId: number }>(`/stations/code/${encodeURIComponent(station)}`,
      { public: true });
    return { label: t('intakeStation', { x: s.name }), regionId: s.regionId, deputyId: null, stationId: s.id };
  }
  return null;
}

/** The QR intake page (no login): phone-first, one text area, a receipt number at the end. */
export async function intakeView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  main.classList.add('public');
  let to: Target | null;
  try {
    to = await target(params);
  } catch (err) {
    mount(main, h('h1', {}, t('intakeTitle')), message(err instanceof ApiError && err.status === 404
      ? t('intakeNoTarget') : errorText(err)));
    return;
  }
  if (!to) {
    mount(main, h('h1', {}, t('intakeTitle')), h('p', {}, t('intakeNoTarget')));
    return;
  }
  const target0 = to;
  const content = h('textarea', { name: 'content', required: true, rows: 8, maxlength: 2000 });
  const name = h('input', { name: 'submitterName', autocomplete: 'name', maxlength: 100 });
  const contact = h('input', { name: 'submitterContact', autocomplete: 'tel', inputmode: 'tel', maxlength: 100 });
  const out = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary wide' }, t('submit'));
  const form = h('form', { class: 'card', id: 'intake-form' },
    field(t('yourOpinion'), content), field(t('yourName'), name), field(t('yourContact'), contact, t('contactHint')),
    out, button);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    button.disabled = true;
    try {
      const o = await post<Opinion>('/opinions', {
        source: 'PUBLIC_QR', regionId: target0.regionId, deputyId: target0.deputyId, stationId: target0.stationId,
        content: content.value.trim(), submitterName: name.value.trim() || null,
        submitterContact: contact.value.trim() || null,
      }, { public: true });
      mount(main,
        h('h1', {}, t('thanks')),
        h('section', { class: 'card receipt', role: 'status' },
          h('p', {}, t('receiptNo')), h('p', { class: 'receipt-no', id: 'receipt-no' }, o.receiptNo),
          h('p', {}, t('keepReceipt')),
          h('a', { href: `/receipt?no=${encodeURIComponent(o.receiptNo)}`, 'data-link': true, class: 'button' }, t('receipt'))));
    } catch (err) {
      button.disabled = false;
      mount(out, message(errorText(err)));
    }
  });
  mount(main, h('h1', {}, t('intakeTitle')), h('p', { class: 'sub' }, target0.label), form);
}

/** Looks a receipt up (no login): the opinion and where it stands. */
export async function receiptView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  main.classList.add('public');
  const no = (params.get('no') ?? '').trim();
  const input = h('input', { name: 'no', value: no, required: true, maxlength: 40, autocapitalize: 'characters' });
  const form = h('form', { class: 'card inline', role: 'search' }, field(t('receiptNo'), input),
    h('button', { type: 'submit', class: 'primary' }, t('lookUp')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate(`/receipt?no=${encodeURIComponent(input.value.trim())}`);
  });
  const result = h('div', { 'aria-live': 'polite' });
  mount(main, h('h1', {}, t('receipt')), form, result);
  if (!no) return;
  try {
    const o = await get<Opinion>(`/opinions/receipt/${encodeURIComponent(no)}`, { public: true });
    mount(result, h('section', { class: 'card' }, h('dl', { class: 'facts' },
      h('dt', {}, t('receiptNo')), h('dd', {}, o.receiptNo),
      h('dt', {}, t('submittedAt')), h('dd', {}, dateTime(o.createdAt)),
      h('dt', {}, t('status')), h('dd', {}, e(o.status), o.suggestionId ? ` · ${t('linkedSuggestion')}` : ''),
      h('dt', {}, t('content')), h('dd', { class: 'text' }, o.content))));
    if (o.suggestionId) {
      // where the suggestion it became stands, and its outcome once published
      const outcome = await get<PublicOutcome>(`/opinions/receipt/${encodeURIComponent(no)}/outcome`, { public: true })
        .catch(() => null);
      if (outcome) result.append(h('h2', {}, t('itsSuggestion')), outcomeCard(outcome));
    }
  } catch (err) {
    mount(result, message(errorText(err)));
  }
}
