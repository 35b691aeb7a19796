// The REST API at /api/v1. The bearer token lives in sessionStorage (gone with the tab); a 401 on a call that
// needed a login sends the user back to the login page.
const BASE = '/api/v1';
const TOKEN = 'lianxin.token';

export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly field?: string, readonly allowed?: string[]) {
    super(message);
  }
}

export interface Page<T> { items: T[]; total: number; offset: number; limit: number }
export interface Me { username: string; roles: string[]; regionId: number | null; unitId: number | null; deputyId: number | null }
export interface Region { id: number; code: string; name: string; level: string; parentId: number | null }
export interface Unit { id: number; code: string; name: string; regionId: number }
export interface Suggestion {
  id: number; ledgerNo: string | null; kind: string; category: string; title: string; content: string; state: string;
  regionId: number; handlingRegionId: number; deputyIds: number[]; leadUnitId: number | null; coUnitIds: number[];
  preLeadUnitId: number | null; preCoUnitIds: number[]; extensionReason: string | null; explanation: string | null;
  mergedIntoId: number | null; deadline: string | null; overdue: boolean; resultClass: string | null; replyText: string | null; rating: string | null;
  supervised: boolean; lookBack: boolean; extensionDays: number | null; createdAt: string; updatedAt: string;
}
export interface SuggestionEvent {
  id: number; at: string; actor: string; action: string; fromState: string | null; toState: string | null;
  reason: string | null; data: Record<string, string>;
}
export interface Contact { id: number; unitId: number | null; phase: string; method: string; note: string | null; actor: string; at: string }
export interface Opinion {
  id: number; receiptNo: string; source: string; regionId: number; stationId: number | null; deputyId: number | null;
  content: string; submitterName: string | null; submitterContact: string | null; status: string; createdAt: string;
  suggestionId: number | null;
}
export interface Kpis {
  raised: number; completed: number; replied: number; classA: number; classB: number; classC: number; evaluated: number;
  satisfied: number; basicallySatisfied: number; unsatisfied: number; repliedWithDeadline: number; onTime: number;
  overdueOpen: number; completionRate: number | null; satisfactionRate: number | null; aShare: number | null;
  bShare: number | null; cShare: number | null; onTimeRate: number | null;
}
export interface PracticeColumn { field: string; labelZh: string; labelEn: string }
export interface PracticePage { path: string; titleZh: string; titleEn: string; listApi: string | null; columns: PracticeColumn[] }
export interface PracticeInfo {
  id: string; nameZh: string; nameEn: string; version: string; description: string; pages: PracticePage[];
  activeRegions: string[];
}
export interface StatsTable { rows: { key: string; label: string; kpis: Kpis }[]; total: Kpis }

export const session = {
  token: (): string | null => sessionStorage.getItem(TOKEN),
  set: (t: string): void => sessionStorage.setItem(TOKEN, t),
  clear: (): void => sessionStorage.removeItem(TOKEN),
};

let onUnauthorized: () => void = () => {};
export function whenUnauthorized(f: () => void): void {
  onUnauthorized = f;
}

export async function api<T>(method: string, path: string, body?: unknown, opts: { public?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = session.token();
  if (token && !opts.public) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (res.status === 401 && !opts.public) {
    session.clear();
    onUnauthorized();
  }
  if (!res.ok) {
    let msg = res.statusText || String(res.status);
    let field: string | undefined;
    let allowed: string[] | undefined;
    try {
      const e = await res.json();
      msg = e.message || e.error || msg;
      field = e.field ?? undefined;
      allowed = e.allowed ?? undefined;
    } catch { /* not JSON */ }
    throw new ApiError(res.status, msg, field, allowed);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file of the API (an export), fetched with the bearer token and saved by the browser under the server's name. */
export async function download(path: string): Promise<{ name: string; bytes: number }> {
  const headers: Record<string, string> = {};
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(BASE + path, { headers });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (res.status === 401) {
    session.clear();
    onUnauthorized();
  }
  if (!res.ok) {
    let msg = res.statusText || String(res.status);
    try {
      const e = await res.json();
      msg = e.message || e.error || msg;
    } catch { /* not JSON */ }
    throw new ApiError(res.status, msg);
  }
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  const plain = disposition.match(/filename="([^"]+)"/i);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : 'lianxin-export';
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { name, bytes: blob.size };
}

export const get = <T>(path: string, opts?: { public?: boolean }) => api<T>('GET', path, undefined, opts);
export const post = <T>(path: string, body?: unknown, opts?: { public?: boolean }) => api<T>('POST', path, body, opts);

/** A query string of the non-empty parameters. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
