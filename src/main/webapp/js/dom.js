// Tiny DOM helpers: elements are built with properties, never with innerHTML or inline styles.

/** h('button.primary', {type: 'button', onclick}, 'Text', child...) */
export function h(tag, props, ...children) {
  const [name, ...classes] = tag.split('.');
  const el = document.createElement(name);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k.startsWith('aria-') || k.startsWith('data-') || k === 'for' || k === 'role') el.setAttribute(k, v);
    else el[k] = v;
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

export const $ = (sel, root = document) => root.querySelector(sel);

const live = () => $('#announce');
let hideTimer;
/** Shows a short message in the status line (announced to screen readers). */
export function say(text, kind = 'info') {
  const el = live();
  el.textContent = text;
  el.className = `announce ${kind}`;
  el.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => { el.hidden = true; }, kind === 'error' ? 12000 : 5000);
}

export function bytes(n) {
  if (n == null) return '?';
  const u = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < u.length - 1) { v /= 1024; i += 1; }
  return `${v < 10 && i ? v.toFixed(1) : Math.round(v)} ${u[i]}`;
}

export function seconds(s) {
  if (s == null) return '?';
  return s < 60 ? `${Number(s).toFixed(s < 10 ? 2 : 1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/** Runs an action from a button: disables it meanwhile, says the server's message on failure. */
export async function act(button, fn, done) {
  if (button) button.disabled = true;
  try {
    const r = await fn();
    if (done) say(done);
    return r;
  } catch (e) {
    say(e.message, 'error');
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
