import { get, Page, query } from '../api';
import { append, h, message, mount, select } from '../dom';
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
        h('td', {}, String(i.cap)))))),
    await rankingSection(period));
}

interface RankedScore { rank: number; deputyId: number; name: string; total: number; grade: string; reminder: boolean }
interface Ranking { scope: string; period: string; reminders: number; lines: Page<RankedScore> }

/** My place in the ranking of my deputy record's region (积分上墙): my rank of how many, and the top ten. */
async function rankingSection(period: string): Promise<HTMLElement> {
  const section = h('section', { class: 'card ranking', 'aria-labelledby': 'rank-h' }, h('h2', { id: 'rank-h' }, t('myRanking')));
  try {
    const deputy = await get<{ regionId: number }>(`/deputies/${me?.deputyId}`);
    const page = (o: number) => get<Ranking>('/scores/rankings' + query({ regionId: deputy.regionId, period, offset: o, limit: 500 }));
    const first = await page(0);
    let mine = first.lines.items.find((r) => r.deputyId === me?.deputyId);
    for (let o = 500; !mine && o < first.lines.total; o += 500) {
      mine = (await page(o)).lines.items.find((r) => r.deputyId === me?.deputyId);
    }
    append(section, [
      h('p', { class: 'rank', 'data-rank': mine?.rank ?? null },
        mine ? t('rankOf', { r: mine.rank, n: first.lines.total }) : t('notRanked')),
      mine?.reminder ? message(t('rankReminder')) : null,
      h('table', { class: 'stats' },
        h('caption', {}, t('topTen')),
        h('thead', {}, h('tr', {}, ['rank', 'name', 'scoreTotal', 'grade'].map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, first.lines.items.slice(0, 10).map((r) => h('tr', {
          class: r.deputyId === me?.deputyId ? 'mine' : '', 'aria-current': r.deputyId === me?.deputyId ? 'true' : null },
        h('td', {}, String(r.rank)), h('th', { scope: 'row' }, r.name), h('td', {}, String(r.total)), h('td', {}, e(r.grade))))))]);
  } catch (err) {
    section.append(message(errorText(err)));
  }
  return section;
}
