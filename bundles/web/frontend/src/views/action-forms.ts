// The form of each lifecycle action: its controls and the JSON body it sends to POST /suggestions/{id}/<path>. One
// table for a suggestion's page and the ledger's bulk actions, so both send what the REST resource expects.
import { get, Suggestion } from '../api';
import { field, h, Kid, select } from '../dom';
import { e, l, t } from '../i18n';
import { unitsOf } from './common';

export interface ActionForm { body: () => unknown | Promise<unknown>; controls: Kid[] }
/** Builds the form for the suggestions it will be sent for (one on its page, several in a bulk action). */
type Form = (items: Suggestion[]) => Promise<ActionForm>;

const enumOptions = (values: string[]): [string, string][] => values.map((v) => [v, e(v)]);
const text = (name: string, required: boolean, rows = 3, maxlength = 2000) =>
  h('textarea', { name, required, rows, maxlength });
const trimmed = (el: HTMLTextAreaElement | HTMLInputElement): string | null => el.value.trim() || null;

const noBody: Form = async () => ({ body: () => undefined, controls: [] });
const reasonForm = (required: boolean): Form => async () => {
  const reason = text('reason', required);
  return { body: () => ({ reason: trimmed(reason) }), controls: [field(t('reason'), reason)] };
};

/** Lead and co-handling units of the items' handling region; none chosen keeps a pre-assignment (assign only). */
function unitForm(optionalLead: boolean): Form {
  return async (items) => {
    const units = await unitsOf(items[0].handlingRegionId);
    const options: [string, string][] = units.map((u) => [String(u.id), u.name]);
    const pre = items.length === 1 ? items[0].preLeadUnitId : null;
    const lead = select('leadUnitId', [['', optionalLead && pre ? l('按预交办确认', 'Confirm the pre-assignment')
      : t('chooseUnit')], ...options], items.length === 1 && items[0].leadUnitId ? String(items[0].leadUnitId) : '',
    !(optionalLead && pre));
    const co = h('select', { name: 'coUnitIds', multiple: true, size: Math.min(5, Math.max(2, options.length)) });
    for (const [v, label] of options) co.appendChild(h('option', { value: v }, label));
    return {
      body: () => (lead.value === '' ? undefined : {
        leadUnitId: Number(lead.value),
        coUnitIds: [...co.selectedOptions].map((o) => Number(o.value)).filter((id) => id !== Number(lead.value)),
      }),
      controls: [field(t('leadUnit'), lead), field(t('coUnits'), co, l('可多选', 'Choose several with Ctrl'))],
    };
  };
}

const FORMS: Record<string, Form> = {
  ASSIGN: unitForm(true),
  PRE_ASSIGN: unitForm(false),
  ACCEPT: noBody,
  GROUP_PASS: noBody,
  FORMALIZE: noBody,
  CLOSE: noBody,
  GROUP_RETURN: reasonForm(true),
  UNIT_RETURN: reasonForm(true),
  PRE_CHECK: async () => {
    const pass = select('pass', [['true', l('通过', 'Passes')], ['false', l('不通过（退回修改）', 'Does not pass')]], 'true', true);
    const reason = text('reason', false);
    return { body: () => ({ pass: pass.value === 'true', reason: trimmed(reason) }),
      controls: [field(l('预审结论', 'Result'), pass), field(t('reason'), reason, l('不通过时必填', 'Needed when it does not pass'))] };
  },
  RESUBMIT: async (items) => {
    const title = h('input', { name: 'title', required: true, maxlength: 200, value: items[0].title });
    const content = text('content', true, 6, 10000);
    content.value = items[0].content;
    return { body: () => ({ title: trimmed(title), content: trimmed(content) }),
      controls: [field(t('title'), title), field(t('content'), content)] };
  },
  MERGE: async () => {
    const target = h('input', { name: 'targetLedgerNo', required: true, maxlength: 40 });
    const reason = text('reason', false);
    let targetId: number | null = null;
    target.addEventListener('change', () => { targetId = null; });
    return {
      // the ledger number is resolved when the form is sent, so a typo is the API's 404
      body: async () => {
        targetId ??= (await get<Suggestion>(`/suggestions/ledger/${encodeURIComponent(target.value.trim())}`)).id;
        return { targetId, reason: trimmed(reason) };
      },
      controls: [field(l('并入建议的编号', 'Ledger no. to merge into'), target, l('提出人并入目标建议', 'Its proposers join that suggestion')),
        field(t('reason'), reason)],
    };
  },
  ROUTE: async () => {
    const tier = select('tier', [['TOWNSHIP', l('乡镇事项（3 日内转乡镇）', 'Township matter (3 days)')],
      ['COUNTY', l('县区事项（5 日内交办）', 'County matter (5 days)')],
      ['CITY', l('市级及以上事项（3 日内上报）', 'City matter or above (3 days)')]], 'COUNTY', true);
    return { body: () => ({ tier: tier.value }), controls: [field(l('分级', 'Tier'), tier)] };
  },
  REPLY: async () => {
    const rc = select('resultClass', enumOptions(['A', 'B', 'C']), 'A', true);
    const reply = text('text', true, 5, 10000);
    return { body: () => ({ resultClass: rc.value, text: trimmed(reply) }),
      controls: [field(t('resultClass'), rc), field(t('replyText'), reply)] };
  },
  EVALUATE: async () => {
    const rating = select('rating', enumOptions(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']), 'SATISFIED', true);
    const channel = select('channel', enumOptions(['ONLINE', 'PAPER']), 'ONLINE', true);
    const comment = text('comment', false);
    return { body: () => ({ rating: rating.value, channel: channel.value, comment: trimmed(comment) }),
      controls: [field(t('rating'), rating), field(t('channel'), channel), field(t('comment'), comment)] };
  },
  REQUEST_EXTENSION: async () => {
    const days = h('input', { name: 'days', type: 'number', required: true, min: 1, max: 90, value: 15 });
    const reason = text('reason', true);
    return { body: () => ({ days: Number(days.value), reason: trimmed(reason) }),
      controls: [field(t('extensionDays'), days), field(t('reason'), reason)] };
  },
  DECIDE_EXTENSION: async (items) => {
    const one = items.length === 1 ? items[0] : null;
    const approve = select('approve', [['true', l('批准', 'Approve')], ['false', l('不批准', 'Refuse')]], 'true', true);
    const reason = text('reason', false);
    return { body: () => ({ approve: approve.value === 'true', reason: trimmed(reason) }),
      controls: [one?.extensionDays ? h('p', { class: 'sub' }, l(`申请延期 ${one.extensionDays} 天：`,
        `${one.extensionDays} days asked: `), one.extensionReason ?? '') : null,
      field(l('审批', 'Decision'), approve), field(t('reason'), reason, l('不批准时必填', 'Needed to refuse'))] };
  },
  SUPERVISE: async () => {
    const leader = h('input', { name: 'leader', required: true, maxlength: 100 });
    const reason = text('reason', true);
    return { body: () => ({ leader: trimmed(leader), reason: trimmed(reason) }),
      controls: [field(l('督办领导', 'Leading leader'), leader), field(t('reason'), reason)] };
  },
  EXPLAIN: async () => {
    const explanation = text('explanation', true, 5, 10000);
    return { body: () => ({ explanation: trimmed(explanation) }),
      controls: [field(l('向代表和常委会的说明（将公开）', 'Explanation to the deputy and the committee (published)'),
        explanation)] };
  },
  LOG_CONTACT: async () => {
    const phase = select('phase', enumOptions(['BEFORE', 'DURING', 'AFTER']), 'BEFORE', true);
    const method = h('input', { name: 'method', required: true, maxlength: 100 });
    const note = text('note', false);
    return { body: () => ({ phase: phase.value, method: method.value.trim(), note: trimmed(note) }),
      controls: [field(t('contacts'), phase), field(l('方式（电话、见面…）', 'Method (phone, meeting…)'), method),
        field(t('comment'), note)] };
  },
  MARK_SOLVED: async () => {
    const note = text('note', false);
    return { body: () => ({ note: trimmed(note) }), controls: [field(t('comment'), note)] };
  },
  SECONDARY_EVALUATE: async (items) => {
    const rating = select('rating', enumOptions(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']), 'SATISFIED', true);
    const comment = text('comment', false);
    const units = await unitsOf(items[0].handlingRegionId);
    const reassign = select('reassignTo', [['', l('不再交办', 'No re-assignment')],
      ...units.map((u): [string, string] => [String(u.id), u.name])], '');
    return {
      body: () => ({ rating: rating.value, comment: trimmed(comment),
        reassignTo: reassign.value ? { leadUnitId: Number(reassign.value), coUnitIds: [] } : null }),
      controls: [field(t('rating'), rating), field(t('comment'), comment),
        field(l('二次交办给', 'Re-assign to'), reassign)],
    };
  },
};

/** Whether the web UI has a form for the action (the escalation job's own actions have none). */
export const hasForm = (action: string): boolean => Object.prototype.hasOwnProperty.call(FORMS, action);

export function actionForm(action: string, items: Suggestion[]): Promise<ActionForm> {
  return FORMS[action](items);
}

const PATHS: Record<string, string> = { LOG_CONTACT: 'contacts', REQUEST_EXTENSION: 'extension-request',
  DECIDE_EXTENSION: 'extension-decision', SECONDARY_EVALUATE: 'secondary-evaluation' };
/** The REST path segment of an action: POST /suggestions/{id}/<segment>. */
export const actionPath = (action: string): string => PATHS[action] ?? action.toLowerCase().replace(/_/g, '-');
