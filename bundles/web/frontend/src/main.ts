import './style.css';
import { get, Me, post, PracticeInfo, session, whenUnauthorized } from './api';
import { h, mount } from './dom';
import { lang, setLang, t } from './i18n';
import { loginView, passwordView } from './views/auth';
import { dashboardView } from './views/dashboard';
import { ledgerView } from './views/ledger';
import { intakeView, receiptView } from './views/public';
import { suggestionView } from './views/suggestion';
import { myItemsView } from './views/my-items';
import { mySuggestionsView } from './views/my-suggestions';
import { myQrView } from './views/my-qr';
import { myScoreView } from './views/my-score';
import { newSuggestionView } from './views/new-suggestion';
import { supervisionView } from './views/supervision';
import { myDutiesView } from './views/my-duties';
import { dutyReviewView } from './views/duty-review';
import { opinionsView } from './views/opinions';
import { outcomesView, outcomeView } from './views/outcomes';
import { pageTitle, practicePath, practiceView } from './views/practice';
import { homeOf, isDeputy, isHandler, isStaff } from './roles';

/** The signed-in user, once /auth/me answered. */
export let me: Me | null = null;
/** The installed practices, read with /auth/me (so a practice installed or removed shows on the next load). */
let practices: PracticeInfo[] = [];
const MUST_CHANGE = 'lianxin.mustChange';

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render();
}

export function signedIn(token: string, mustChange: boolean, next: string): void {
  session.set(token);
  if (mustChange) sessionStorage.setItem(MUST_CHANGE, '1');
  else sessionStorage.removeItem(MUST_CHANGE);
  me = null;
  navigate(mustChange ? `/password?next=${encodeURIComponent(next)}` : next, true);
}

export function passwordChanged(next: string): void {
  sessionStorage.removeItem(MUST_CHANGE);
  navigate(next, true);
}

async function logout(): Promise<void> {
  try {
    await post('/auth/logout');
  } catch { /* the token may have expired already */ }
  session.clear();
  me = null;
  practices = [];
  navigate('/login', true);
}

whenUnauthorized(() => {
  me = null;
  const here = location.pathname + location.search;
  if (!location.pathname.startsWith('/login')) navigate(`/login?next=${encodeURIComponent(here)}`, true);
});

const PUBLIC = ['/login', '/intake', '/receipt', '/outcomes'];

function header(): void {
  const top = document.getElementById('top')!;
  const link = (path: string, key: string) => h('a', {
    href: path, 'data-link': true,
    'aria-current': location.pathname === path || location.pathname.startsWith(path + '/') ? 'page' : null,
  }, t(key));
  const staff = me !== null;
  const office = isStaff(me) || (me?.roles.includes('LEADER') ?? false);
  mount(top,
    h('div', { class: 'brand' }, h('strong', {}, t('app')), h('span', { class: 'tagline' }, t('tagline'))),
    h('nav', { 'aria-label': t('nav') },
      isHandler(me) ? link('/my-items', 'myItems') : null,
      isDeputy(me) ? [link('/my-suggestions', 'mySuggestions'), link('/my-duties', 'myDuties'), link('/my-score', 'myScore'),
        link('/my-qr', 'myQr')] : null,
      office ? link('/ledger', 'ledger') : null,
      office || isDeputy(me) ? link('/opinions', 'opinions') : null,
      office ? link('/supervision', 'supervision') : null,
      isStaff(me) ? link('/duty-review', 'dutyReview') : null,
      office ? link('/dashboard', 'dashboard') : null,
      office ? practiceMenu() : null,
      link('/outcomes', 'outcomes'),
      link('/receipt', 'receipt'),
      staff ? h('span', { class: 'who' }, me!.username) : null,
      staff ? h('button', { type: 'button', class: 'linkish', onclick: () => void logout() }, t('logout'))
        : (location.pathname.startsWith('/login') ? null : link('/login', 'login')),
      h('button', {
        type: 'button', class: 'linkish lang', 'aria-label': t('languageLabel'),
        lang: lang === 'zh' ? 'en' : 'zh-CN',
        onclick: () => { setLang(lang === 'zh' ? 'en' : 'zh'); void render(); },
      }, t('language'))));
}

/** The "practices" menu: each installed practice's pages that the web UI can show. */
function practiceMenu(): HTMLElement | null {
  const links = practices.flatMap((p) => p.pages.filter((pg) => pg.listApi).map((pg) => {
    const path = practicePath(p, pg);
    return h('li', {}, h('a', { href: path, 'data-link': true, 'data-practice': p.id,
      'aria-current': location.pathname === path ? 'page' : null }, pageTitle(pg)));
  }));
  if (links.length === 0) return null;
  return h('details', { class: 'menu', id: 'practice-menu' }, h('summary', {}, t('practices')), h('ul', {}, links));
}

async function render(): Promise<void> {
  const main = document.getElementById('main')!;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(location.search);
  const isPublic = PUBLIC.some((p) => path === p || path.startsWith(p + '/'));
  if (!isPublic || path === '/login') {
    if (session.token() && sessionStorage.getItem(MUST_CHANGE) && path !== '/password') {
      return navigate(`/password?next=${encodeURIComponent(path)}`, true);
    }
    if (session.token() && !me && !sessionStorage.getItem(MUST_CHANGE)) {
      try {
        me = await get<Me>('/auth/me');
      } catch {
        me = null;
      }
      practices = me ? await get<PracticeInfo[]>('/practices').catch(() => []) : [];
    }
    if (!session.token() && !isPublic) {
      return navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}`, true);
    }
  }
  header();
  main.replaceChildren();
  const m = path.match(/^\/suggestions\/(\d+)$/);
  const om = path.match(/^\/outcomes\/(\d+)$/);
  const pm = path.match(/^\/practices\/([a-z][a-z0-9-]*)\/(.+)$/);
  if (path === '/login') {
    if (me) return navigate(params.get('next') || homeOf(me), true);
    loginView(main, params.get('next') || '/');
  } else if (path === '/password') passwordView(main, params.get('next') || '/');
  else if (path === '/') return navigate(homeOf(me), true);
  else if (path === '/ledger') await ledgerView(main, params);
  else if (path === '/my-items') await myItemsView(main, params);
  else if (path === '/my-suggestions') await mySuggestionsView(main, params);
  else if (path === '/my-suggestions/new') newSuggestionView(main);
  else if (path === '/my-score') await myScoreView(main, params);
  else if (path === '/my-qr') myQrView(main);
  else if (path === '/my-duties') await myDutiesView(main, params);
  else if (path === '/duty-review') await dutyReviewView(main, params);
  else if (path === '/opinions') await opinionsView(main, params);
  else if (path === '/outcomes') await outcomesView(main, params);
  else if (om) await outcomeView(main, Number(om[1]));
  else if (m) await suggestionView(main, Number(m[1]));
  else if (pm) await practiceView(main, practices, pm[1], decodeURIComponent(pm[2]), params);
  else if (path === '/supervision') await supervisionView(main, params);
  else if (path === '/dashboard') await dashboardView(main, params);
  else if (path === '/intake') await intakeView(main, params);
  else if (path === '/receipt') await receiptView(main, params);
  else mount(main, h('h1', {}, t('notFound')));
  document.title = `${main.querySelector('h1')?.textContent ?? ''} · ${t('app')}`;
}

document.addEventListener('click', (ev) => {
  const a = (ev.target as Element).closest('a[data-link]') as HTMLAnchorElement | null;
  if (a && !ev.ctrlKey && !ev.metaKey && !ev.shiftKey && ev.button === 0) {
    ev.preventDefault();
    navigate(a.getAttribute('href')!);
  }
});
window.addEventListener('popstate', () => void render());
void render();
