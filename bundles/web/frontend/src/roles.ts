// What each role does in the web UI: its home page and which of a suggestion's allowed actions it may take. The REST
// services check every action again; this only keeps buttons the caller could not use off their page. It mirrors the
// services' table (core SuggestionPolicy): staff in their scope, a deputy on their own items, a handler on the
// items their unit leads (a co-handling unit logs contacts only).
import { Me, Suggestion } from './api';

const STAFF_ROLES = ['ADMIN', 'STAFF'];
const HANDLER_ACTIONS = new Set(['ACCEPT', 'UNIT_RETURN', 'LOG_CONTACT', 'REQUEST_EXTENSION', 'REPLY', 'EXPLAIN']);
const DEPUTY_ACTIONS = new Set(['PRE_SUBMIT', 'REGISTER', 'RESUBMIT', 'EVALUATE']);
const LEADER_ACTIONS = new Set(['SUPERVISE']);
const GROUP_ACTIONS = new Set(['GROUP_PASS', 'GROUP_RETURN']);

export const has = (me: Me | null, role: string): boolean => !!me && me.roles.includes(role);
export const isStaff = (me: Me | null): boolean => STAFF_ROLES.some((r) => has(me, r));
export const isHandler = (me: Me | null): boolean => has(me, 'HANDLER') && me!.unitId !== null;
export const isDeputy = (me: Me | null): boolean => (has(me, 'DEPUTY') || has(me, 'GROUP_LEADER')) && me!.deputyId !== null;

/** Where a user lands after the login: staff the ledger, a handler their unit's items, a deputy their suggestions. */
export function homeOf(me: Me | null): string {
  if (isStaff(me) || has(me, 'LEADER')) return '/ledger';
  if (isHandler(me)) return '/my-items';
  if (isDeputy(me)) return '/my-suggestions';
  return '/ledger';
}

/** May this user take the action the suggestion's state allows? */
export function mayDo(me: Me | null, action: string, s: Suggestion): boolean {
  if (!me) return false;
  if (isStaff(me)) return true;
  if (has(me, 'LEADER') && LEADER_ACTIONS.has(action)) return true;
  if (has(me, 'GROUP_LEADER') && GROUP_ACTIONS.has(action)) return true;
  if (isDeputy(me) && DEPUTY_ACTIONS.has(action) && s.deputyIds.includes(me.deputyId!)) return true;
  if (isHandler(me) && HANDLER_ACTIONS.has(action)) {
    return s.leadUnitId === me.unitId || (action === 'LOG_CONTACT' && s.coUnitIds.includes(me.unitId!));
  }
  return false;
}
