// Chinese by default, English on request (kept in localStorage). Enum values of the API have labels here; an unknown
// value shows as itself.
export type Lang = 'zh' | 'en';
const KEY = 'lianxin.lang';
export let lang: Lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';

export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
}
setLang(lang);

type Entry = [zh: string, en: string];
const T: Record<string, Entry> = {
  app: ['连心', 'Lianxin'],
  tagline: ['人大代表履职服务平台', 'Deputy work platform'],
  language: ['English', '中文'],
  languageLabel: ['切换语言', 'Switch language'],
  nav: ['主导航', 'Main navigation'],
  ledger: ['建议台账', 'Ledger'],
  dashboard: ['统计看板', 'Dashboard'],
  intake: ['群众意见', 'Public intake'],
  receipt: ['回执查询', 'Receipt lookup'],
  login: ['登录', 'Log in'],
  logout: ['退出', 'Log out'],
  username: ['用户名', 'User name'],
  password: ['密码', 'Password'],
  loginTitle: ['用户登录', 'Log in'],
  changeTitle: ['首次登录请修改密码', 'Change your password before going on'],
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  repeatPassword: ['再次输入新密码', 'New password again'],
  passwordRule: ['至少 10 个字符，不能包含用户名', 'At least 10 characters, not containing the user name'],
  passwordsDiffer: ['两次输入的新密码不一致', 'The two new passwords differ'],
  save: ['保存', 'Save'],
  submit: ['提交', 'Submit'],
  search: ['查询', 'Search'],
  reset: ['重置', 'Reset'],
  region: ['地区', 'Region'],
  allRegions: ['全部（本人范围）', 'All (my scope)'],
  state: ['状态', 'State'],
  anyState: ['全部状态', 'Any state'],
  overdueOnly: ['只看超期', 'Overdue only'],
  q: ['标题或编号', 'Title or ledger no.'],
  ledgerNo: ['编号', 'Ledger no.'],
  title: ['标题', 'Title'],
  category: ['类别', 'Category'],
  deadline: ['办理期限', 'Deadline'],
  overdue: ['超期', 'Overdue'],
  dueSoon: ['即将到期', 'Due soon'],
  supervised: ['督办', 'Supervised'],
  noRows: ['没有符合条件的建议', 'No suggestions match'],
  total: ['共 {n} 件', '{n} in all'],
  prev: ['上一页', 'Previous'],
  next: ['下一页', 'Next'],
  pageOf: ['第 {p} / {n} 页', 'Page {p} of {n}'],
  loading: ['加载中…', 'Loading…'],
  back: ['返回台账', 'Back to the ledger'],
  content: ['内容', 'Content'],
  leadUnit: ['主办单位', 'Lead unit'],
  coUnits: ['协办单位', 'Co-handling units'],
  reply: ['答复', 'Reply'],
  rating: ['测评', 'Rating'],
  timeline: ['办理过程', 'Timeline'],
  contacts: ['沟通记录', 'Contacts'],
  noContacts: ['暂无沟通记录', 'No contacts logged'],
  actions: ['可办操作', 'Actions allowed now'],
  noActions: ['当前状态下没有可办操作', 'Nothing can be done in this state'],
  actionDone: ['已办理：{a}', 'Done: {a}'],
  resultClass: ['办理结果', 'Result class'],
  replyText: ['答复内容', 'Reply text'],
  channel: ['测评方式', 'Channel'],
  comment: ['意见', 'Comment'],
  reason: ['理由', 'Reason'],
  chooseUnit: ['请选择', 'Choose'],
  deputies: ['代表', 'Deputies'],
  intakeTitle: ['向人大代表反映意见', 'Tell a deputy what matters to you'],
  intakeFor: ['接收人：{x}', 'To: {x}'],
  intakeStation: ['联络站：{x}', 'Station: {x}'],
  intakeNoTarget: ['请扫描代表或联络站的二维码打开此页。', 'Open this page by scanning a deputy\'s or a station\'s QR code.'],
  yourOpinion: ['您的意见或建议', 'Your opinion or suggestion'],
  yourName: ['姓名（可不填）', 'Name (optional)'],
  yourContact: ['联系方式（可不填）', 'Contact (optional)'],
  contactHint: ['仅用于代表联系您，不会公开', 'Only for the deputy to reach you; never published'],
  thanks: ['已收到，谢谢！', 'Received, thank you!'],
  receiptNo: ['回执编号', 'Receipt number'],
  keepReceipt: ['请保存回执编号，可用它查询办理情况。', 'Keep the receipt number to follow your opinion.'],
  lookUp: ['查询', 'Look up'],
  submittedAt: ['提交时间', 'Submitted'],
  status: ['办理状态', 'Status'],
  linkedSuggestion: ['已转为代表建议', 'Taken up as a deputy suggestion'],
  statsFor: ['统计范围', 'Statistics of'],
  raised: ['提出数', 'Raised'],
  completed: ['办结数', 'Completed'],
  completionRate: ['办结率', 'Completion rate'],
  satisfactionRate: ['满意率', 'Satisfaction rate'],
  onTimeRate: ['按期答复率', 'On-time reply rate'],
  abcMix: ['办理结果 A/B/C', 'Result classes A/B/C'],
  overdueOpen: ['超期未办', 'Overdue open'],
  rates: ['各地区比率', 'Rates by region'],
  ratesBy: ['按{x}的比率', 'Rates by {x}'],
  practiceFigures: ['特色工作数据', 'Figures of the practices'],
  breakdown: ['分组', 'Broken down by'],
  byREGION: ['下级地区', 'region'], byUNIT: ['主办单位', 'lead unit'], byCATEGORY: ['类别', 'category'],
  byLEVEL: ['地区层级', 'region level'], byMONTH: ['月份', 'month'], byQUARTER: ['季度', 'quarter'], byYEAR: ['年度', 'year'],
  from: ['登记日期自', 'Registered from'],
  to: ['至（不含）', 'to (not including)'],
  toHint: ['留空表示不限', 'Leave empty for no limit'],
  whole: ['合计', 'Total'],
  name: ['名称', 'Name'],
  error: ['出错了：{m}', 'Something went wrong: {m}'],
  network: ['无法连接服务器', 'Cannot reach the server'],
  notFound: ['页面不存在', 'No such page'],
  myItems: ['我的承办件', 'My assigned items'],
  mySuggestions: ['我的建议', 'My suggestions'],
  ourPart: ['本单位', 'Our part'],
  noUnit: ['本账号未关联承办单位', 'This login names no handling unit'],
  toEvaluate: ['有 {n} 件答复待您测评', '{n} replies wait for your evaluation'],
  backHome: ['返回首页', 'Back to my page'],
  extensionDays: ['延期天数', 'Days of extension'],
  newSuggestion: ['提出建议', 'Raise a suggestion'],
  kind: ['类型', 'Kind'],
  myScore: ['我的履职积分', 'My score'],
  period: ['年度', 'Year'],
  scoreTotal: ['总分', 'Total'],
  grade: ['等次', 'Grade'],
  scoreExplained: ['按积分表“{table}”由履职记录、建议和述职自动计算，每项列出计入的记录。',
    'Computed from the records, suggestions and reports by the table "{table}"; each item lists what it counted.'],
  reelection: ['{y} 年度为优秀，建议推荐连任', 'Excellent in {y}: recommended for re-election'],
  scoreItems: ['积分明细', 'Items'],
  item: ['项目', 'Item'],
  counted: ['计入数', 'Counted'],
  points: ['得分', 'Points'],
  cap: ['上限', 'Cap'],
  capped: ['已封顶', 'Capped'],
  evidence: ['{n} 条记录', '{n} records'],
  myQr: ['我的二维码', 'My QR code'],
  qrAlt: ['我的联系二维码，群众扫码可向我反映意见', 'My QR code: scanning it opens my intake page'],
  qrHint: ['群众用手机扫描此码，即可不登录向您反映意见。', 'The public scan it with a phone to send you an opinion without a login.'],
  qrOpens: ['扫码后打开的页面', 'The page it opens'],
  savedViews: ['常用筛选', 'Saved views'],
  chooseView: ['选择已保存的筛选', 'Choose a saved view'],
  applyView: ['应用', 'Apply'],
  deleteView: ['删除', 'Delete'],
  viewName: ['将当前筛选保存为', 'Save the current filters as'],
  saveView: ['保存', 'Save'],
  viewNameNeeded: ['请填写名称', 'Give it a name'],
  supervision: ['督办清单', 'Supervision list'],
  noSupervised: ['没有督办中的建议', 'Nothing under supervision'],
  exports: ['导出', 'Exports'],
  format: ['导出格式', 'Format'],
  exportHint: ['按所选地区和状态导出（不含“只看超期”和关键词）', 'By the chosen region and state (not "overdue only" or the search words)'],
  exportLedger: ['导出台账', 'Export the ledger'],
  exportAssignments: ['导出交办登记表', 'Export the assignments register'],
  exportStatistics: ['导出统计表', 'Export the statistics'],
  exporting: ['正在导出…', 'Exporting…'],
  exported: ['已下载 {name}（{n} 字节）', 'Downloaded {name} ({n} bytes)'],
  practices: ['特色工作', 'Practices'],
  practiceGone: ['该特色工作未安装或已卸载。', 'This practice is not installed (any more).'],
  noPracticeRows: ['暂无记录', 'Nothing listed'],
  totalRows: ['共 {n} 条', '{n} in all'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  qrDownload: ['下载（PNG，可打印）', 'Download (PNG, for print)'],
  preAssignedTo: ['预交办主办单位', 'Pre-assigned lead unit'],
  extensionPending: ['待审批延期（天 · 理由）', 'Extension asked (days · reason)'],
  mergedInto: ['已并入', 'Merged into'],
  pick: ['选择', 'Tick'],
  myDuties: ['我的履职登记', 'My duty register'],
  dutyReview: ['履职审核', 'Duty review'],
  opinions: ['群众意见', 'Opinions from the public'],
  outcomes: ['办理结果公开', 'Published outcomes'],
  outcomesSub: ['代表建议办结后，承办单位的答复、办理结果和代表测评向社会公开。',
    'When a deputy\'s suggestion is completed, the unit\'s reply, its result and the deputy\'s rating are published.'],
  itsSuggestion: ['转成的代表建议', 'The suggestion it became'],
  repliedAt: ['答复时间', 'Replied'],
  lookBack: ['回头看', 'Look-back'],
  preSubmit: ['预提交（会前草稿）', 'Pre-submit (a draft before the session)'],
  preSubmitHint: ['预提交的建议经乡镇预审后，在大会期间转为正式建议并编号。',
    'A pre-submitted draft is checked by the township and becomes a formal, numbered suggestion at the session.'],
  myRanking: ['我的排名', 'My ranking'],
  rankOf: ['第 {r} 名（共 {n} 名代表）', 'Rank {r} of {n} deputies'],
  notRanked: ['暂未列入本地区排名', 'Not in this region\'s ranking yet'],
  rankReminder: ['处于排名末位，联络机构将进行提醒谈话', 'At the bottom: the liaison office will hold a reminder talk'],
  topTen: ['本地区前十名', 'The top ten of my region'],
  rank: ['名次', 'Rank'],
  pickAll: ['全选本页', 'Tick every row of this page'],
};

const ENUMS: Record<string, Entry> = {
  PRE_SUBMITTED: ['预提交', 'Pre-submitted'], PRE_CHECKED: ['已预审', 'Pre-checked'], REGISTERED: ['已登记', 'Registered'],
  RETURNED: ['已退回', 'Returned'], MERGED: ['已合并', 'Merged'], TOWNSHIP_REVIEW: ['乡镇审核', 'Township review'],
  ROUTED: ['已分流', 'Routed'], PRE_ASSIGNED: ['预交办', 'Pre-assigned'], ASSIGNED: ['已交办', 'Assigned'],
  HANDLING: ['办理中', 'Handling'], REPLIED: ['已答复', 'Replied'], SUPERVISED: ['重点督办', 'Under supervision'],
  EXPLANATION_REQUIRED: ['需说明', 'Explanation required'], COMPLETED: ['已办结', 'Completed'],
  EXPLAINED: ['已说明', 'Explained'], CLOSED: ['已销号', 'Closed'],
  PRE_SUBMIT: ['预提交', 'Pre-submit'], PRE_CHECK: ['预审', 'Pre-check'], FORMALIZE: ['转为正式', 'Formalize'],
  REGISTER: ['登记', 'Register'], GROUP_PASS: ['小组初审通过', 'Group pass'], GROUP_RETURN: ['小组退回', 'Group return'],
  RESUBMIT: ['重新提交', 'Resubmit'], MERGE: ['合并', 'Merge'], ROUTE: ['分级分流', 'Route'],
  PRE_ASSIGN: ['预交办', 'Pre-assign'], ASSIGN: ['交办', 'Assign'], ACCEPT: ['签收', 'Accept'],
  UNIT_RETURN: ['单位退回', 'Unit return'], LOG_CONTACT: ['沟通记录', 'Log contact'],
  REQUEST_EXTENSION: ['申请延期', 'Request extension'], DECIDE_EXTENSION: ['审批延期', 'Decide extension'],
  REPLY: ['答复', 'Reply'], EVALUATE: ['测评', 'Evaluate'], SUPERVISE: ['重点督办', 'Supervise'],
  ESCALATE_OVERDUE: ['超期升级督办', 'Escalated (overdue)'], REMIND_OVERDUE: ['超期提醒', 'Overdue reminder'],
  EXPLAIN: ['公开说明', 'Explain'], CLOSE: ['销号', 'Close'], MARK_SOLVED: ['标记已解决', 'Mark solved'],
  SECONDARY_EVALUATE: ['二次评价', 'Secondary evaluation'],
  INFRASTRUCTURE: ['基础设施', 'Infrastructure'], ENVIRONMENT: ['生态环境', 'Environment'], EDUCATION: ['教育', 'Education'],
  HEALTH: ['医疗卫生', 'Health'], SOCIAL_GOVERNANCE: ['社会治理', 'Social governance'], ECONOMY: ['经济发展', 'Economy'],
  AGRICULTURE: ['农业农村', 'Agriculture'], PUBLIC_AFFAIRS: ['公共事务', 'Public affairs'], OTHER: ['其他', 'Other'],
  SATISFIED: ['满意', 'Satisfied'], BASICALLY_SATISFIED: ['基本满意', 'Basically satisfied'], UNSATISFIED: ['不满意', 'Unsatisfied'],
  ONLINE: ['网上测评', 'Online'], PAPER: ['书面测评', 'On paper'],
  A: ['A 类（已解决或采纳）', 'A (solved or adopted)'], B: ['B 类（正在解决或列入计划）', 'B (being solved or planned)'],
  C: ['C 类（因条件限制暂不能解决）', 'C (cannot be solved now)'],
  BEFORE: ['办前联系', 'Before handling'], DURING: ['办中沟通', 'During handling'], AFTER: ['办后回访', 'After handling'],
  SESSION_SUGGESTION: ['大会建议', 'Session suggestion'], INTER_SESSION_OPINION: ['闭会期间意见', 'Between sessions'],
  MOTION: ['议案', 'Motion'],
  POOR: ['较差', 'Poor'], AVERAGE: ['一般', 'Average'], GOOD: ['好', 'Good'], EXCELLENT: ['优秀', 'Excellent'],
  NEW: ['已收到', 'Received'], PROMOTED: ['已转为建议', 'Taken up'], DISMISSED: ['已处理（不立项）', 'Closed without a suggestion'],
};

export function t(key: string, vars: Record<string, string | number> = {}): string {
  const e = T[key];
  let s = e ? e[lang === 'zh' ? 0 : 1] : key;
  for (const [k, v] of Object.entries(vars)) s = s.replace(`{${k}}`, String(v));
  return s;
}

/** A text written where it is used, for a page's own sentences that no other page shares. */
export const l = (zh: string, en: string): string => (lang === 'en' ? en : zh);

/** The label of an API enum value. */
export function e(value: string | null | undefined): string {
  if (!value) return '—';
  const entry = ENUMS[value];
  return entry ? entry[lang === 'zh' ? 0 : 1] : value;
}

export const STATES = ['PRE_SUBMITTED', 'PRE_CHECKED', 'REGISTERED', 'RETURNED', 'MERGED', 'TOWNSHIP_REVIEW', 'ROUTED',
  'PRE_ASSIGNED', 'ASSIGNED', 'HANDLING', 'REPLIED', 'SUPERVISED', 'EXPLANATION_REQUIRED', 'COMPLETED', 'EXPLAINED',
  'CLOSED'];

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
}

/** A rate of the statistics (the API gives percentages, e.g. 94.26; null when there is nothing to divide by). */
export function percent(v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return `${Number(v).toFixed(2)}%`;
}
