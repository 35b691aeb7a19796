import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip }
  from 'chart.js';
import { get, Kpis, query, StatsTable } from '../api';
import { field, h, message, mount, select } from '../dom';
import { lang, percent, t } from '../i18n';
import { me, navigate } from '../main';
import { errorText } from './auth';
import { regionOptions } from './common';

Chart.register(ArcElement, BarController, BarElement, CategoryScale, DoughnutController, Legend, LinearScale, Tooltip);
const charts: Chart[] = [];
/** The breakdowns of GET /stats/suggestions that make a readable chart (by=NONE is the total alone). */
const DIMENSIONS = ['REGION', 'UNIT', 'CATEGORY', 'LEVEL', 'MONTH', 'QUARTER', 'YEAR'];

/** Completion, satisfaction, on-time and the A/B/C mix of a region, one row per child region, as charts and numbers. */
export async function dashboardView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  charts.splice(0).forEach((c) => c.destroy());
  const regionId = params.get('regionId') || (me?.regionId ? String(me.regionId) : '');
  const by = DIMENSIONS.includes(params.get('by') ?? '') ? params.get('by')! : 'REGION';
  const day = (v: string | null) => (/^\d{4}-\d{2}-\d{2}$/.test(v ?? '') ? v! : '');
  const period = { from: day(params.get('from')), to: day(params.get('to')) };
  const region = select('regionId', [], regionId);
  const dimension = select('by', DIMENSIONS.map((d): [string, string] => [d, t(`by${d}`)]), by);
  const from = h('input', { type: 'date', name: 'from', value: period.from });
  const to = h('input', { type: 'date', name: 'to', value: period.to });
  const form = h('form', { class: 'filters', 'aria-label': t('dashboard') },
    field(t('statsFor'), region), field(t('breakdown'), dimension),
    field(t('from'), from), field(t('to'), to, t('toHint')),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, t('search'))));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('/dashboard' + query({ regionId: region.value, by: dimension.value, from: from.value, to: to.value }));
  });
  const body = h('div', { 'aria-live': 'polite', 'aria-busy': 'true' }, t('loading'));
  mount(main, h('h1', {}, t('dashboard')), form, body);
  const opts = await regionOptions().catch(() => [] as [string, string][]);
  for (const [v, label] of opts) {
    const o = h('option', { value: v }, label);
    if (v === regionId) o.selected = true;
    region.appendChild(o);
  }
  const id = regionId || region.value;
  if (!id) {
    mount(body, message(t('noRows')));
    return;
  }
  let table: StatsTable;
  try {
    table = await get<StatsTable>('/stats/suggestions' + query({ regionId: id, by, ...period }));
  } catch (err) {
    mount(body, message(errorText(err)));
    return;
  }
  body.setAttribute('aria-busy', 'false');
  const k = table.total;
  const kpi = (key: string, value: string, cls = '') => h('div', { class: `kpi ${cls}` },
    h('span', { class: 'value', 'data-kpi': key }, value), h('span', { class: 'label' }, t(key)));
  const rates = h('canvas', { role: 'img', 'aria-label': `${t('ratesBy', { x: t(`by${by}`) })}: ${table.rows.map((r) =>
    `${r.label} ${t('completionRate')} ${percent(r.kpis.completionRate)}`).join('; ')}` });
  const mix = h('canvas', { role: 'img', 'aria-label': `${t('abcMix')}: A ${k.classA}, B ${k.classB}, C ${k.classC}` });
  const row = (label: string, x: Kpis, cls = '') => h('tr', { class: cls },
    h('th', { scope: 'row' }, label), h('td', {}, x.raised), h('td', {}, x.completed), h('td', {}, percent(x.completionRate)),
    h('td', {}, percent(x.satisfactionRate)), h('td', {}, percent(x.onTimeRate)),
    h('td', {}, `${x.classA} / ${x.classB} / ${x.classC}`), h('td', {}, x.overdueOpen));
  mount(body,
    h('div', { class: 'kpis' },
      kpi('raised', String(k.raised)), kpi('completed', String(k.completed)),
      kpi('completionRate', percent(k.completionRate)), kpi('satisfactionRate', percent(k.satisfactionRate)),
      kpi('onTimeRate', percent(k.onTimeRate)), kpi('overdueOpen', String(k.overdueOpen), k.overdueOpen ? 'bad' : '')),
    h('div', { class: 'charts' },
      h('figure', { class: 'card chart wide' }, h('figcaption', {}, t('ratesBy', { x: t(`by${by}`) })), h('div', { class: 'canvas' }, rates)),
      h('figure', { class: 'card chart' }, h('figcaption', {}, t('abcMix')), h('div', { class: 'canvas' }, mix),
        h('p', { class: 'beside' }, `A ${k.classA} (${percent(k.aShare)}) · B ${k.classB} (${percent(k.bShare)}) · C ${k.classC} (${percent(k.cShare)})`))),
    h('div', { class: 'scroll' }, h('table', { class: 'stats' },
      h('caption', {}, t('statsFor'), ' ', region.selectedOptions[0]?.textContent?.trim() ?? ''),
      h('thead', {}, h('tr', {}, ...['name', 'raised', 'completed', 'completionRate', 'satisfactionRate', 'onTimeRate',
        'abcMix', 'overdueOpen'].map((c) => h('th', { scope: 'col' }, t(c))))),
      h('tbody', {}, table.rows.map((r) => row(r.label, r.kpis))),
      h('tfoot', {}, row(t('whole'), k, 'total')))));

  body.append(await practiceFigures(id, period.from));

  const num = (v: number | null) => v === null ? null : Number(v);
  charts.push(new Chart(rates, {
    type: 'bar',
    data: {
      labels: table.rows.map((r) => r.label),
      datasets: [
        { label: t('completionRate'), data: table.rows.map((r) => num(r.kpis.completionRate)), backgroundColor: '#b3261e' },
        { label: t('satisfactionRate'), data: table.rows.map((r) => num(r.kpis.satisfactionRate)), backgroundColor: '#d98c1f' },
        { label: t('onTimeRate'), data: table.rows.map((r) => num(r.kpis.onTimeRate)), backgroundColor: '#2f6f9f' },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false,
      scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } } },
  }));
  charts.push(new Chart(mix, {
    type: 'doughnut',
    data: { labels: ['A', 'B', 'C'], datasets: [{ data: [k.classA, k.classB, k.classC],
      backgroundColor: ['#2e7d32', '#f9a825', '#9e9e9e'] }] },
    options: { responsive: true, maintainAspectRatio: false, animation: false },
  }));
}

interface PracticeFigures { practiceId: string; nameZh: string; nameEn: string; error: string | null;
  figures: { key: string; labelZh: string; labelEn: string; value: number; unit: string | null }[] }

/** The figures each installed practice publishes for the region (studios' consultations, petitions resolved…). */
async function practiceFigures(regionId: string, from: string): Promise<HTMLElement> {
  const out = h('div', { class: 'practice-figures' });
  let all: PracticeFigures[];
  try {
    all = await get<PracticeFigures[]>('/stats/practices' + query({ regionId, year: from ? from.slice(0, 4) : null }));
  } catch (err) {
    mount(out, message(errorText(err)));
    return out;
  }
  const zh = lang === 'zh';
  mount(out, all.length === 0 ? null : [h('h2', {}, t('practiceFigures')), h('div', { class: 'kpis' }, all.map((p) =>
    h('section', { class: 'card', 'data-practice': p.practiceId, 'aria-label': zh ? p.nameZh : p.nameEn },
      h('h3', {}, zh ? p.nameZh : p.nameEn),
      p.error ? message(p.error) : h('dl', { class: 'facts' }, p.figures.flatMap((f) => [
        h('dt', {}, zh ? f.labelZh : f.labelEn),
        h('dd', { 'data-figure': f.key }, `${Number(f.value)}${f.unit ? (f.unit === '%' ? '%' : ` ${f.unit}`) : ''}`)])))))]);
  return out;
}
