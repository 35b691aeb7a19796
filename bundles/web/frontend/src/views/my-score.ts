import { get } from '../api';
import { h, message, mount, select } from '../dom';
import { e, t } from '../i18n';
import { me, navigate } from '../main';
import { errorText } from './auth';

interface ItemScore { key: string; zh: string; category: string; basis: string; units: number; points: number; cap: number;
  capped: boolean; evidence: string[] }
interface DeputyScore { deputyId: number; name: string; period: string; table: string; total: number; grade: string;
  categories: { key: string; zh: string; points: number; cap: number }[]; items: ItemScore[]; excellentYears: number[];
  recommendedForReelection: boolean }

/** A deputy's score for a year (or the year so far), explained item by item with the records counted. */
export async function myScoreView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const year = new Date().getFullYear();
  const period = /^\d{4}(Q[1-4])?$/.test(params.get('period') ?? '') ? params.get('period')! : String(year);
  const choose = select('period', [String(year), String(year - 1)].map((p): [string, string] => [p, p]), period);
  choose.id = 'score-period';
  choose.addEventListener('change', () => navigate(`/my-score?period=${choose.value}`));
  const body = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('myScore')),
    h('div', { class: 'field inline' }, h('label', { for: 'score-period' }, t('period')), choose), body);
  let s: DeputyScore;
  try {
    s = await get<DeputyScore>(`/scores/deputies/${me?.deputyId}?period=${period}`);
  } catch (err) {
    mount(body, message(errorText(err)));
    return;
  } finally {
    body.setAttribute('aria-busy', 'false');
  }
  mount(body,
    h('div', { class: 'kpis' },
      h('div', { class: 'kpi' }, h('span', { class: 'value', 'data-score': 'total' }, String(s.total)),
        h('span', { class: 'label' }, t('scoreTotal'))),
      h('div', { class: 'kpi' }, h('span', { class: 'value', 'data-score': 'grade' }, e(s.grade)),
        h('span', { class: 'label' }, t('grade')))),
    h('p', { class: 'sub' }, t('scoreExplained', { table: s.table })),
    s.recommendedForReelection ? h('p', { class: 'msg ok' }, t('reelection', { y: s.excellentYears.join('、') })) : null,
    h('table', { class: 'stats score' },
      h('caption', {}, t('scoreItems')),
      h('thead', {}, h('tr', {}, ['item', 'counted', 'points', 'cap'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, s.items.map((i) => h('tr', {},
        h('th', { scope: 'row' }, i.zh,
          i.evidence.length ? h('details', {}, h('summary', {}, t('evidence', { n: i.evidence.length })),
            h('ul', {}, i.evidence.map((ev) => h('li', {}, ev)))) : null),
        h('td', {}, String(i.units)),
        h('td', {}, String(i.points), i.capped ? h('span', { class: 'tag' }, t('capped')) : null),
        h('td', {}, String(i.cap)))))));
}
