// The library grid (thumbnails with animated preview, status badges, actions) and the uploads list.
import * as api from './api.js';
import { $, h, act, say, bytes, seconds } from './dom.js';
import { upload, unfinished, UploadRefused } from './tus.js';
import { refreshDashboard, refreshLoop, imageKey, state as appState } from './app.js';

const cards = new Map(); // slug -> {el, sig}

export function renderLibrary(state) {
  if (!state.dash) return;
  const grid = $('#grid');
  const inLoop = new Set(state.loop ? state.loop.order : state.dash.loop);
  const active = state.dash.player.current;
  const items = state.dash.media;
  const seen = new Set();
  items.forEach((m, i) => {
    seen.add(m.slug);
    const again = reconverting(m, state.jobs[m.slug]);
    const sig = JSON.stringify([m, inLoop.has(m.slug), active === m.slug, again, imageKey(m)]);
    let c = cards.get(m.slug);
    if (!c || c.sig !== sig) {
      const el = card(m, inLoop.has(m.slug), active === m.slug, again);
      if (c) c.el.replaceWith(el);
      c = { el, sig };
      cards.set(m.slug, c);
    }
    if (grid.children[i] !== c.el) grid.insertBefore(c.el, grid.children[i] || null);
    const j = state.jobs[m.slug];
    if (j) jobProgress(j);
  });
  for (const [slug, c] of cards) {
    if (!seen.has(slug)) {
      c.el.remove();
      cards.delete(slug);
    }
  }
  $('#library-empty').hidden = items.length > 0;
  followUploads(items);
}

// an upload row follows its item through conversion: ready, or refused with the reason
function followUploads(items) {
  for (const row of document.querySelectorAll('#uploads li[data-slug]')) {
    const m = items.find((i) => i.slug === row.dataset.slug);
    const status = row.querySelector('.status');
    if (!m) continue;
    if (m.status === 'completed') {
      row.dataset.state = 'ready';
      status.textContent = 'Ready: converted and in the library.';
    } else if (m.status === 'error') {
      row.dataset.state = 'refused';
      status.setAttribute('role', 'alert');
      status.textContent = `Refused: ${m.error || 'the device could not convert it.'}`;
    }
  }
}

/** A converted item converting again (new fit): it keeps playing its old frames meanwhile. */
function reconverting(m, j) {
  return m.status === 'completed' && !!j && (j.status === 'queued' || j.status === 'processing');
}

/**
 * Shows a job's progress on its card (from SSE `job` events or the dashboard); false when the
 * card has no progress bar to show it on.
 */
export function jobProgress(j) {
  const c = cards.get(j.slug);
  const bar = c && c.el.querySelector('progress');
  if (!bar) return false;
  bar.value = j.progress || 0;
  c.el.querySelector('.stage').textContent = `${j.stage || j.status} ${j.progress || 0}%`;
  return true;
}

function card(m, inLoop, playing, again) {
  const title = `${m.name}`;
  const done = m.status === 'completed';
  const details = done
    ? `${bytes(m.size)} · ${m.frames} frame${m.frames === 1 ? '' : 's'} · ${seconds(m.duration)}`
    : bytes(m.size);
  let badge = null;
  if (m.status === 'error') {
    badge = h('p.badge.error', { role: 'alert' }, h('strong', {}, 'Refused: '), m.error || 'conversion failed');
  } else if (!done || again) {
    badge = h('div.badge.processing', {},
      again ? h('span.again', {}, `Converting again (${m.fit === 'crop' ? 'crop' : 'fit'}): `) : null,
      h('span.stage', {}, 'waiting…'),
      h('progress', { max: 100, value: 0, 'aria-label': `Converting ${title}` }));
  } else if (playing) {
    badge = h('p.badge.playing', {}, 'Playing now');
  }
  const toggle = h('input', {
    type: 'checkbox', checked: inLoop, disabled: !done,
    onchange: (e) => setInLoop(m.slug, e.currentTarget),
  });
  return h('li.item', {
    'data-slug': m.slug, 'data-status': m.status, 'data-fit': m.fit, 'data-reconverting': again ? 'true' : null,
  },
    thumb(m, done && !again), // no thumbnail request while converting: it would cache the old one
    h('div.meta', {},
      h('h3.name', { title }, title),
      h('p.details', {}, details),
      badge),
    h('div.actions', {},
      h('label.switch', {}, toggle, ' In loop'),
      h('button.primary', {
        type: 'button', disabled: !done,
        onclick: (e) => act(e.currentTarget, () => api.activate(m.slug).then(refreshDashboard), `Playing ${title}`),
      }, 'Play now'),
      h('a.button', { href: api.originalUrl(m.slug), download: m.name, 'aria-label': `Download ${title}` }, 'Download'),
      h('button.danger', {
        type: 'button', 'aria-label': `Delete ${title}`,
        onclick: (e) => {
          if (!confirm(`Delete "${title}" from the device? This cannot be undone.`)) return;
          act(e.currentTarget, () => api.deleteMedia(m.slug).then(() => Promise.all([refreshDashboard(), refreshLoop()])),
            `Deleted ${title}`);
        },
      }, 'Delete')));
}

async function setInLoop(slug, box) {
  const version = appState.loop && appState.loop.version;
  box.disabled = true;
  try {
    if (box.checked) await api.addToLoop(slug, version);
    else await api.removeFromLoop(slug, version);
    say(box.checked ? 'Added to the loop' : 'Taken out of the loop');
  } catch (e) {
    say(e.status === 409 ? 'Someone else changed the loop; showing the current one.' : e.message, 'error');
  } finally {
    box.disabled = false;
    await refreshLoop().catch(() => {});
  }
}

// animated preview: cycles through up to 24 frames while hovered, focused or tapped
function thumb(m, done) {
  if (!done) return h('div.thumb.placeholder', { 'aria-hidden': 'true' }, m.status === 'error' ? '!' : '…');
  const key = imageKey(m);
  const img = h('img', { src: api.thumbnailUrl(m.slug, key), alt: '', width: 160, height: 120, loading: 'lazy', decoding: 'async' });
  if (!(m.frames > 1)) return h('div.thumb', {}, img);
  let timer = null;
  let n = 0;
  const step = Math.max(1, Math.ceil(m.frames / 24));
  const stop = () => {
    clearInterval(timer);
    timer = null;
    img.src = api.thumbnailUrl(m.slug, key);
    btn.setAttribute('aria-pressed', 'false');
  };
  const play = () => {
    if (timer) return;
    btn.setAttribute('aria-pressed', 'true');
    timer = setInterval(() => {
      n = (n + step) % m.frames;
      img.src = api.frameUrl(m.slug, n, key);
    }, Math.max(80, Math.min(250, (m.duration * 1000 * step) / m.frames || 100)));
  };
  const btn = h('button.thumb', {
    type: 'button', 'aria-pressed': 'false', 'aria-label': `Animate preview of ${m.name}`,
    onpointerenter: (e) => e.pointerType === 'mouse' && play(),
    onpointerleave: (e) => e.pointerType === 'mouse' && stop(),
    onclick: () => (timer ? stop() : play()),
    onblur: stop,
  }, img);
  return btn;
}

// ---- uploads ----------------------------------------------------------------------------------------
const MAX_PARALLEL = 2;
let running = 0;
const waiting = [];

function pump() {
  while (running < MAX_PARALLEL && waiting.length) {
    running += 1;
    waiting.shift()().finally(() => {
      running -= 1;
      pump();
    });
  }
}

function addFiles(files) {
  for (const file of files) {
    const status = h('span.status', {}, 'Waiting…');
    const bar = h('progress', { max: 100, value: 0, 'aria-label': `Upload of ${file.name}` });
    let job = null;
    const cancel = h('button.ghost', {
      type: 'button', 'aria-label': `Cancel upload of ${file.name}`,
      onclick: () => {
        if (job) job.cancel();
        row.remove();
      },
    }, 'Cancel');
    const row = h('li.upload', { 'data-name': file.name }, h('span.name', {}, file.name), bar, status, cancel);
    $('#uploads').append(row);
    waiting.push(async () => {
      if (!row.isConnected) return;
      job = upload(file, (r) => {
        if (r.phase === 'uploading') {
          bar.value = r.total ? Math.floor((100 * r.sent) / r.total) : 100;
          status.textContent = `${bytes(r.sent)} of ${bytes(r.total)}`;
          row.dataset.state = 'uploading';
        } else if (r.phase === 'retrying') {
          row.dataset.state = 'retrying';
          status.textContent = `${r.why} Retrying in ${Math.round(r.retryIn / 1000)} s…`;
        }
      });
      try {
        row.dataset.slug = await job.promise;
        bar.value = 100;
        row.dataset.state = 'done';
        status.textContent = 'Uploaded; converting on the device…';
        cancel.textContent = 'Dismiss';
        refreshDashboard().catch(() => {});
      } catch (e) {
        if (!(e instanceof UploadRefused) || e.message === 'Cancelled.') return;
        row.dataset.state = 'refused';
        status.setAttribute('role', 'alert');
        status.textContent = `Refused: ${e.message}`;
        cancel.textContent = 'Dismiss';
      }
      showResumeHint();
    });
  }
  pump();
  showResumeHint();
}

function showResumeHint() {
  const left = unfinished().filter((u) => ![...$('#uploads').children]
    .some((r) => r.dataset.name === u.name && !['done', 'ready', 'refused'].includes(r.dataset.state)));
  const p = $('#resume-hint');
  p.hidden = left.length === 0;
  p.textContent = left.length
    ? `Unfinished upload${left.length > 1 ? 's' : ''}: ${left.map((u) => u.name).join(', ')}. Choose the same file again to resume where it stopped.`
    : '';
}

export function setupUploads() {
  const input = $('#file');
  input.addEventListener('change', () => {
    addFiles([...input.files]);
    input.value = '';
  });
  const drop = $('#drop');
  for (const t of ['dragenter', 'dragover']) {
    drop.addEventListener(t, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  for (const t of ['dragleave', 'drop']) drop.addEventListener(t, () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    addFiles([...e.dataTransfer.files]);
  });
  showResumeHint();
}
