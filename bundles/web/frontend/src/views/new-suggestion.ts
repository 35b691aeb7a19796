import { get, post, Suggestion } from '../api';
import { field, h, message, mount, select } from '../dom';
import { e, t } from '../i18n';
import { me, navigate } from '../main';
import { errorText } from './auth';

export const KINDS = ['INTER_SESSION_OPINION', 'SESSION_SUGGESTION', 'MOTION'];
export const CATEGORIES = ['INFRASTRUCTURE', 'ENVIRONMENT', 'EDUCATION', 'HEALTH', 'SOCIAL_GOVERNANCE', 'ECONOMY', 'AGRICULTURE',
  'PUBLIC_AFFAIRS', 'OTHER'];

/** A deputy raises a suggestion of their own, in their deputy record's region. */
export function newSuggestionView(main: HTMLElement): void {
  const opts = (vs: string[]) => vs.map((v): [string, string] => [v, e(v)]);
  const kind = select('kind', opts(KINDS), KINDS[0], true);
  const category = select('category', [['', t('chooseUnit')], ...opts(CATEGORIES)], '', true);
  const title = h('input', { name: 'title', required: true, maxlength: 200 });
  const content = h('textarea', { name: 'content', required: true, rows: 8, maxlength: 10000 });
  const draft = h('input', { type: 'checkbox', name: 'draft', id: 'f-draft' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'suggestion-form' }, h('h1', {}, t('newSuggestion')),
    field(t('kind'), kind), field(t('category'), category), field(t('title'), title), field(t('content'), content),
    h('div', { class: 'field check' }, draft, h('label', { for: 'f-draft' }, t('preSubmit'))),
    h('small', { class: 'hint', id: 'f-draft-hint' }, t('preSubmitHint')), out,
    h('button', { type: 'submit', class: 'primary' }, t('submit')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    try {
      const deputy = await get<{ regionId: number }>(`/deputies/${me?.deputyId}`);
      const s = await post<Suggestion>(draft.checked ? '/suggestions/drafts' : '/suggestions', { kind: kind.value, category: category.value,
        title: title.value.trim(), content: content.value.trim(), regionId: deputy.regionId, deputyIds: [me?.deputyId] });
      navigate(`/suggestions/${s.id}`);
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  draft.setAttribute('aria-describedby', 'f-draft-hint');
  mount(main, form);
  title.focus();
}
