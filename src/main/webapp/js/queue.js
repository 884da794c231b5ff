// The loop queue: order by drag (pointer events: mouse, touch, pen) or by move up/down buttons,
// per-item policy (plays, minimum seconds), fit or crop, taking an item out of the loop.
import * as api from './api.js';
import { $, h, act, say } from './dom.js';
import { renderLibrary } from './library.js';
import { refreshLoop, refreshDashboard, imageKey, state as appState } from './app.js';

let lastSig = '';

export function renderQueue(state) {
  const list = $('#queue-list');
  if (!state.loop || list.classList.contains('dragging')) return;
  const focused = document.activeElement && document.activeElement.closest('#queue-list li');
  const focusKey = focused && [focused.dataset.slug, document.activeElement.dataset.role];
  const media = new Map((state.dash ? state.dash.media : []).map((m) => [m.slug, m]));
  const entries = state.loop.entries;
  const sig = JSON.stringify([entries, entries.map((e) => media.get(e.slug)),
    entries.map((e) => media.has(e.slug) && imageKey(media.get(e.slug))), busy(state, entries)]);
  if (sig === lastSig && list.children.length === entries.length) return; // keep open options and edits
  lastSig = sig;
  const open = new Set([...list.querySelectorAll('details[open]')].map((d) => d.closest('li').dataset.slug));
  const converting = busy(state, entries);
  list.replaceChildren(...entries.map((e, i) => row(e, media.get(e.slug), i, entries.length, converting[i])));
  for (const d of list.querySelectorAll('details')) d.open = open.has(d.closest('li').dataset.slug);
  $('#queue-empty').hidden = entries.length > 0;
  if (focusKey) {
    const again = list.querySelector(`li[data-slug="${CSS.escape(focusKey[0])}"] [data-role="${focusKey[1]}"]`);
    if (again && !again.disabled) again.focus();
    else if (again) list.querySelector(`li[data-slug="${CSS.escape(focusKey[0])}"] .handle`).focus();
  }
}

// items converting again show no thumbnail until done (the old one would be cached as the new)
const busy = (state, entries) => entries.map((e) => {
  const j = state.jobs[e.slug];
  return !!j && (j.status === 'queued' || j.status === 'processing');
});

function order() {
  return [...$('#queue-list').children].map((li) => li.dataset.slug);
}

async function save(newOrder) {
  try {
    appState.loop = api.loopFields(await api.reorderLoop(newOrder, appState.loop.version));
    say('Loop order saved');
  } catch (e) {
    say(e.status === 409 ? 'The loop was changed elsewhere; this is the current order.' : e.message, 'error');
    lastSig = ''; // the rows may stand in the dragged order: redraw from the server's
    await refreshLoop().catch(() => renderQueue(appState));
    return;
  }
  renderQueue(appState);
  refreshDashboard().catch(() => {});
}

function move(slug, by) {
  const o = order();
  const i = o.indexOf(slug);
  const j = i + by;
  if (i < 0 || j < 0 || j >= o.length) return;
  [o[i], o[j]] = [o[j], o[i]];
  save(o);
}

function row(e, m, i, n, converting) {
  const name = m ? m.name : e.slug;
  const handle = h('button.handle', {
    type: 'button', 'data-role': 'handle', 'aria-label': `Drag to reorder ${name} (or use arrow keys)`,
    onkeydown: (k) => {
      if (k.key === 'ArrowUp' || k.key === 'ArrowDown') {
        k.preventDefault();
        move(e.slug, k.key === 'ArrowUp' ? -1 : 1);
      }
    },
  }, '☰');
  const li = h('li.entry', { 'data-slug': e.slug },
    handle,
    m && m.status === 'completed' && !converting
      ? h('img.mini', { src: api.thumbnailUrl(e.slug, imageKey(m)), alt: '', width: 64, height: 48 })
      : h('span.mini'),
    h('span.name', {}, h('span.pos', {}, `${i + 1}. `), name),
    h('span.moves', {},
      h('button', { type: 'button', 'data-role': 'up', 'aria-label': `Move ${name} up`, disabled: i === 0, onclick: () => move(e.slug, -1) }, '↑'),
      h('button', { type: 'button', 'data-role': 'down', 'aria-label': `Move ${name} down`, disabled: i === n - 1, onclick: () => move(e.slug, 1) }, '↓'),
      h('button.ghost', {
        type: 'button', 'data-role': 'remove', 'aria-label': `Take ${name} out of the loop`,
        onclick: (ev) => act(ev.currentTarget, () => api.removeFromLoop(e.slug, appState.loop.version)
          .finally(() => refreshLoop().then(refreshDashboard).catch(() => {})), 'Taken out of the loop'),
      }, '✕')),
    options(e, m, name));
  drag(handle, li);
  return li;
}

function options(e, m, name) {
  const id = `p-${e.slug}`;
  const plays = h('input', { id: `${id}-plays`, type: 'number', min: 1, max: 1000, placeholder: 'default', value: e.plays ?? '' });
  const min = h('input', { id: `${id}-min`, type: 'number', min: 0, max: 86400, placeholder: 'default', value: e.minSeconds ?? '' });
  const fit = h('select', { id: `${id}-fit` },
    h('option', { value: 'fit', selected: !m || m.fit !== 'crop' }, 'Fit (whole picture)'),
    h('option', { value: 'crop', selected: !!m && m.fit === 'crop' }, 'Crop (fill the screen)'));
  const num = (input) => (input.value === '' ? null : Number(input.value));
  return h('details.options', {},
    h('summary', {}, `Options for ${name}`),
    h('form.policy', {
      onsubmit: (ev) => {
        ev.preventDefault();
        act(ev.submitter, async () => {
          try {
            appState.loop = api.loopFields(
              await api.setPolicy(e.slug, num(plays), num(min), appState.loop.version));
          } catch (x) {
            if (x.status === 409) {
              await refreshLoop();
              throw new Error('The loop was changed elsewhere; reloaded it, please try again.');
            }
            throw x;
          }
          renderQueue(appState);
        }, 'Play policy saved');
      },
    },
    h('label', { for: plays.id }, 'Plays each turn'), plays,
    h('label', { for: min.id }, 'Minimum seconds'), min,
    h('button', { type: 'submit' }, 'Save policy')),
    h('div.fit', {},
      h('label', { for: fit.id }, 'Fit on screen'), fit,
      h('button', {
        type: 'button',
        onclick: (ev) => act(ev.currentTarget, () => applyFit(e.slug, fit.value)),
      }, 'Apply')));
}

// 202: converting again (the item keeps playing its old frames); 200: nothing changed;
// 409 while it converts: the server's sentence
async function applyFit(slug, value) {
  const r = await api.setFit(slug, value);
  if (r.queued && !appState.jobs[slug]) appState.jobs[slug] = { slug, status: 'queued', progress: 0 };
  say(r.message || (r.queued ? 'Converting again' : 'Nothing to change'));
  renderQueue(appState);
  renderLibrary(appState);
  await refreshDashboard();
}

// drag by the handle with pointer events; the row follows the pointer, the order is saved on release
function drag(handle, li) {
  handle.addEventListener('pointerdown', (down) => {
    if (down.button !== 0) return;
    down.preventDefault();
    const list = li.parentElement;
    const before = order().join();
    // listeners on the window: moving the row in the DOM releases any pointer capture
    list.classList.add('dragging');
    li.classList.add('lifted');
    const onMove = (ev) => {
      if (ev.pointerId !== down.pointerId) return;
      let next = null;
      for (const other of list.children) {
        if (other === li) continue;
        const r = other.getBoundingClientRect();
        if (ev.clientY < r.top + r.height / 2) {
          next = other;
          break;
        }
      }
      if (li.nextElementSibling !== next) list.insertBefore(li, next);
    };
    const onUp = () => {
      removeEventListener('pointermove', onMove);
      removeEventListener('pointerup', onUp);
      removeEventListener('pointercancel', onUp);
      list.classList.remove('dragging');
      li.classList.remove('lifted');
      const now = order();
      if (now.join() !== before) save(now);
      else renderQueue(appState);
    };
    addEventListener('pointermove', onMove);
    addEventListener('pointerup', onUp);
    addEventListener('pointercancel', onUp);
  });
}
