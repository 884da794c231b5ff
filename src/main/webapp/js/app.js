// Bootstrap: shared state, refresh on live events, the now-playing card, sign-in.
import * as api from './api.js';
import { $, act, say } from './dom.js';
import { startLive } from './live.js';
import { renderLibrary, setupUploads, jobProgress } from './library.js';
import { renderQueue } from './queue.js';
import {
  setupSettings, refreshSettings, refreshBrightness, refreshWifi, refreshStorage,
} from './settings.js';

/**
 * What the page shows: the last dashboard and loop view (as api.js reads them), jobs by slug, and
 * per slug how many conversions finished while the page was open (part of the thumbnail URL).
 */
export const state = { dash: null, loop: null, jobs: {}, converted: {}, restores: 0 };

/** The cache key of an item's thumbnail and frames: new after each conversion and restore. */
export const imageKey = (m) => `${m.fit || 'fit'}.${state.converted[m.slug] || 0}.${state.restores}`;

let dashTimer = null;
/** Refetches the dashboard (coalesced); resolves after rendering. */
export async function refreshDashboard() {
  const d = api.dashboardFields(await api.dashboard());
  state.dash = d;
  state.jobs = {};
  for (const j of d.jobs) if (j.slug) state.jobs[j.slug] = j;
  renderLibrary(state);
  renderQueue(state); // names and thumbnails of the entries come from the dashboard
  renderNow();
}

function soonDashboard() {
  clearTimeout(dashTimer);
  dashTimer = setTimeout(() => refreshDashboard().catch(() => {}), 150);
}

export async function refreshLoop() {
  state.loop = api.loopFields(await api.loop());
  renderQueue(state);
  renderLibrary(state);
}

export async function resync() {
  await Promise.all([refreshDashboard(), refreshLoop()]);
}

// ---- now playing ----------------------------------------------------------------------------------
function renderNow() {
  const p = state.dash.player;
  const item = state.dash.media.find((m) => m.slug === p.current);
  $('#now-item').textContent = item
    ? `${item.name}${p.total ? ` · ${p.index + 1} of ${p.total}` : ''}${p.playing ? '' : ' · paused'}`
    : 'No item playing';
  const t = $('#toggle');
  t.textContent = p.playing ? 'Pause' : 'Play';
  t.setAttribute('aria-pressed', String(!p.playing));
  t.dataset.playing = String(p.playing);
  for (const r of document.querySelectorAll('input[name="loop-mode"]')) r.checked = r.value === p.loopMode;
}

let snapTimer = null;
let snapBusy = false;
/** Loads a fresh snapshot into the preview (via a blob, so a 404 "nothing shown yet" is quiet). */
async function refreshSnapshot() {
  if (snapBusy || document.visibilityState !== 'visible') return;
  snapBusy = true;
  const img = $('#snapshot');
  try {
    const res = await fetch(api.snapshotUrl(), { credentials: 'same-origin' });
    if (res.status === 401) api.signInNeeded();
    if (!res.ok) throw new Error(String(res.status));
    const url = URL.createObjectURL(await res.blob());
    const old = img.src;
    img.src = url;
    img.hidden = false;
    $('#snapshot-empty').hidden = true;
    if (old.startsWith('blob:')) URL.revokeObjectURL(old);
  } catch {
    img.hidden = true;
    $('#snapshot-empty').hidden = false;
  } finally {
    snapBusy = false;
  }
}

function setupNow() {
  $('#toggle').addEventListener('click', (e) => act(e.currentTarget, async () => {
    const d = await api.toggle();
    say(api.pausedField(d) ? 'Paused' : 'Playing');
    await refreshDashboard();
  }));
  $('#next').addEventListener('click', (e) => act(e.currentTarget, () => api.next().then(refreshDashboard)));
  $('#prev').addEventListener('click', (e) => act(e.currentTarget, () => api.previous().then(refreshDashboard)));
  for (const r of document.querySelectorAll('input[name="loop-mode"]')) {
    r.addEventListener('change', () => act(null, () => api.loopMode(r.value).then(refreshDashboard),
      r.value === 'one' ? 'Repeating the current item' : 'Playing the whole loop'));
  }
  snapTimer = setInterval(refreshSnapshot, 2000);
  document.addEventListener('visibilitychange', refreshSnapshot);
}

// ---- sign-in --------------------------------------------------------------------------------------
// Any call answering 401 opens the sign-in dialog (once); signing in starts the page again.
let authInfo = null;
function askSignIn(sentence) {
  const dlg = $('#signin');
  if (dlg.open) return;
  const why = $('#signin-why');
  why.textContent = sentence || 'This device has an admin password.';
  $('#signin-error').hidden = true;
  dlg.showModal();
  $('#signin-password').focus();
}

function setupAuth() {
  api.onUnauthorized(askSignIn);
  $('#signin').addEventListener('cancel', (e) => e.preventDefault()); // nothing works without it
  $('#signin-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const err = $('#signin-error');
    const button = e.submitter;
    button.disabled = true;
    try {
      await api.login($('#signin-password').value);
      $('#signin').close();
      $('#signin-password').value = '';
      err.hidden = true;
      await start();
    } catch (x) {
      err.textContent = x.message; // 401 wrong password, 429 too many tries: the server's sentence
      err.hidden = false;
      $('#signin-password').select();
    } finally {
      button.disabled = false;
    }
  });
  $('#logout').addEventListener('click', (e) => act(e.currentTarget, async () => {
    await api.logout();
    location.reload();
  }));
}

/** Reads the sign-in state, shows it (sign-out button, password form); false when sign-in is needed. */
export async function checkAuth() {
  try {
    authInfo = await api.auth();
  } catch {
    authInfo = null;
  }
  showAuth(authInfo);
  return !(authInfo && authInfo.passwordSet && !authInfo.authenticated);
}

function showAuth(a) {
  const set = !!(a && a.passwordSet);
  $('#logout').hidden = !(set && a.authenticated);
  $('#current-password-row').hidden = !set;
  $('#current-password').required = set;
  $('#new-password-label').textContent = set ? 'New password (empty removes it)' : 'New password';
  $('#new-password').required = !set;
  $('#password-save').textContent = set ? 'Change password' : 'Set password';
  $('#password-state').textContent = set
    ? 'A password protects this device.'
    : 'No password: anyone on this network can use Loop.';
}

// ---- live events ----------------------------------------------------------------------------------
function onEvent(name, data) {
  if (name === 'job') {
    const j = api.jobFields(data);
    if (j.slug) state.jobs[j.slug] = j;
    const running = j.status === 'processing' || j.status === 'queued';
    if (j.status === 'completed' && j.slug) state.converted[j.slug] = (state.converted[j.slug] || 0) + 1;
    if (!running || !jobProgress(j)) renderLibrary(state); // a converted item converting again
    if (!running) {
      soonDashboard();
      refreshStorage();
    }
  } else if (name === 'media') {
    if (data.change === 'restored') state.restores += 1;
    soonDashboard();
    refreshStorage();
    refreshLoop().catch(() => {});
  } else if (name === 'loop') {
    refreshLoop().catch(() => {});
    soonDashboard();
  } else if (name === 'player') {
    soonDashboard();
    refreshSnapshot();
  } else if (name === 'settings') {
    refreshBrightness();
    refreshWifi();
  }
}

function showConnection(s, retryMs) {
  const el = $('#conn');
  el.dataset.state = s;
  el.textContent = s === 'live' ? 'Live'
    : s === 'reconnecting' ? 'Reconnecting…'
      : `Disconnected · retrying in ${Math.round((retryMs || 0) / 1000)} s`;
}

let started = false;
async function start() {
  const data = resync().then(() => null, (e) => e); // in parallel with the password check
  if (!(await checkAuth())) {
    askSignIn();
    return;
  }
  const failed = await data;
  if (failed && failed.status === 401) return; // signed out meanwhile: the dialog is open
  if (failed) say(failed.message, 'error');
  refreshSnapshot();
  refreshSettings();
  if (!started) {
    started = true;
    startLive({ onEvent, resync, onState: showConnection });
  }
  if (!document.documentElement.dataset.ready) performance.mark('loop-interactive');
  document.documentElement.dataset.ready = 'true';
}

setupAuth();
setupNow();
setupUploads();
setupSettings();
start();

