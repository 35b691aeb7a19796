import { ApiError, post } from '../api';
import { field, h, message, mount } from '../dom';
import { t } from '../i18n';
import { passwordChanged, signedIn } from '../main';

export function errorText(err: unknown): string {
  if (err instanceof ApiError) return err.status === 0 ? t('network') : err.message;
  return t('error', { m: String(err) });
}

export function loginView(main: HTMLElement, next: string): void {
  const user = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none' });
  const pass = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card narrow', id: 'login-form' },
    h('h1', {}, t('loginTitle')), field(t('username'), user), field(t('password'), pass), out,
    h('button', { type: 'submit', class: 'primary' }, t('login')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    try {
      const r = await post<{ token: string; mustChangePassword: boolean }>('/auth/login',
        { username: user.value.trim(), password: pass.value }, { public: true });
      signedIn(r.token, r.mustChangePassword, next.startsWith('/') ? next : '/');
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  mount(main, form);
  user.focus();
}

export function passwordView(main: HTMLElement, next: string): void {
  const current = h('input', { name: 'currentPassword', type: 'password', autocomplete: 'current-password', required: true });
  const fresh = h('input', { name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 });
  const again = h('input', { name: 'repeatPassword', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card narrow', id: 'password-form' },
    h('h1', {}, t('changeTitle')), field(t('currentPassword'), current),
    field(t('newPassword'), fresh, t('passwordRule')), field(t('repeatPassword'), again), out,
    h('button', { type: 'submit', class: 'primary' }, t('save')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    mount(out);
    if (fresh.value !== again.value) {
      mount(out, message(t('passwordsDiffer')));
      return;
    }
    try {
      await post('/auth/password', { currentPassword: current.value, newPassword: fresh.value });
      passwordChanged(next.startsWith('/') ? next : '/');
    } catch (err) {
      mount(out, message(errorText(err)));
    }
  });
  mount(main, form);
  current.focus();
}
