// A tiny element builder. Text (always set as text, never parsed as HTML) and children go in `kids`; attributes and
// listeners in `attrs` ("onclick" etc. become listeners). API data must only ever reach the page through here.
export type Kid = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: (Kid | Kid[])[]):
    HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v as EventListener);
    } else if (k === 'class') {
      el.className = String(v);
    } else if (v === true) {
      el.setAttribute(k, '');
    } else {
      el.setAttribute(k, String(v));
    }
  }
  append(el, kids);
  return el;
}

export function append(el: Node, kids: (Kid | Kid[])[]): void {
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
}

/** Replaces the children of `el`. */
export function mount(el: Element, ...kids: (Kid | Kid[])[]): void {
  el.replaceChildren();
  append(el, kids);
}

let ids = 0;
/** A labelled form field: the label is tied to the control by id (screen readers, and clicking the label). */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
    hint?: string): HTMLDivElement {
  if (!control.id) control.id = `f${++ids}`;
  const hintEl = hint ? h('small', { id: `${control.id}-hint`, class: 'hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hintEl);
}

export function select(name: string, options: [string, string][], value?: string | null, required = false):
    HTMLSelectElement {
  const s = h('select', { name, required });
  for (const [v, label] of options) {
    const o = h('option', { value: v }, label);
    if (v === (value ?? '')) o.selected = true;
    s.appendChild(o);
  }
  return s;
}

/** A live region that screen readers announce; errors use role=alert. */
export function message(text: string, kind: 'error' | 'ok' = 'error'): HTMLParagraphElement {
  return h('p', { class: `msg ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
