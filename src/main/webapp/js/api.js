// The one API client of the UI: every call to /api goes through here, and every JSON field name
// the UI sends or reads from a request body is spelled here (snake_case, as the server sends it).
// Envelope routes resolve to `data`; failures reject with ApiError carrying the server's sentence.

const BASE = 'api/';
const TIMEOUT_MS = 15000;

/** A refused or failed call: `status` 0 means the device could not be reached. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
    this.data = body ? body.data : null;
  }
}

let unauthorized = () => {};
/**
 * Called with the server's sentence whenever a call answers 401 (a password is set and this
 * browser has no live session), except reading the sign-in state and signing in themselves.
 */
export function onUnauthorized(fn) {
  unauthorized = fn;
}
/** Reports a 401 from a request made outside `request` (images, tus, EventSource). */
export const signInNeeded = (message) => unauthorized(message);
const OPEN = new Set(['auth', 'auth/login']);

async function request(method, path, {
  json, form, raw = false, withStatus = false, timeout = TIMEOUT_MS,
} = {}) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeout);
  const init = { method, signal: ctrl.signal, credentials: 'same-origin', headers: {} };
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  } else if (form) {
    init.body = form;
  }
  let res;
  try {
    res = await fetch(BASE + path, init);
  } catch (e) {
    throw new ApiError(0, e.name === 'AbortError'
      ? 'The device did not answer in time.' : 'Cannot reach the device.', null);
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok || (body && body.success === false)) {
    const said = body && typeof body.message === 'string' && body.message;
    const err = new ApiError(res.status, said || `The device answered ${res.status} ${res.statusText}.`, body);
    if (res.status === 401 && !OPEN.has(path)) unauthorized(err.message);
    throw err;
  }
  if (withStatus) return { status: res.status, message: body && body.message, data: body && body.data };
  return raw ? body : body && body.data;
}

const q = (slug) => encodeURIComponent(slug);

// ---- dashboard and status -------------------------------------------------------------------
/** Raw `{status, media, active, loop, last_updated, processing}`. */
export const dashboard = () => request('GET', 'dashboard', { raw: true });
/** Raw `{total, used, free, system, app, media, units}` in bytes. */
export const storage = () => request('GET', 'dashboard/storage', { raw: true });
export const memory = () => request('GET', 'dashboard/memory');
export const health = () => request('GET', 'poll/health');
export const pollStatus = () => request('GET', 'poll/status');
export const progress = () => request('GET', 'poll/progress');

// ---- media ------------------------------------------------------------------------------------
export const activate = (slug) => request('POST', `media/${q(slug)}/activate`);
export const deleteMedia = (slug) => request('DELETE', `media/${q(slug)}`);
/**
 * fit is 'fit' or 'crop'. Resolves to `{queued, message}`: queued when the server converts the
 * item again (202; it keeps playing its old frames meanwhile), not when nothing changed (200).
 */
export async function setFit(slug, fit) {
  const body = await request('PUT', `media/${q(slug)}`, { json: { fit }, raw: true, withStatus: true });
  return { queued: body.status === 202, message: body.message };
}
/**
 * Thumbnails and frames are cached by the browser for an hour and keep their URL when an item is
 * converted again: `key` (the fit and a counter of conversions seen) makes a new URL each time.
 */
export const thumbnailUrl = (slug, key = '') => `${BASE}media/${q(slug)}/thumbnail${key ? `?v=${encodeURIComponent(key)}` : ''}`;
export const frameUrl = (slug, n, key = '') =>
  `${BASE}media/${q(slug)}/frames/${n}?format=png${key ? `&v=${encodeURIComponent(key)}` : ''}`;
export const originalUrl = (slug) => `${BASE}media/${q(slug)}/original`;

// ---- loop -------------------------------------------------------------------------------------
/** `{loop: [slug], entries: [{slug, position, plays, min_seconds}], version, last_updated}`. */
export const loop = () => request('GET', 'loop');
export const reorderLoop = (order, version) =>
  request('PUT', 'loop', { json: { loop: order, version } });
export const addToLoop = (slug, version) => request('POST', 'loop', { json: { slug, version } });
export const removeFromLoop = (slug, version) =>
  request('DELETE', `loop/${q(slug)}${version == null ? '' : `?version=${version}`}`);
/** plays / minSeconds null = the configured default. */
export const setPolicy = (slug, plays, minSeconds, version) =>
  request('PUT', `loop/${q(slug)}`, { json: { plays, min_seconds: minSeconds, version } });
/** The loop entry's fields, read in one place. */
export const entryFields = (e) => ({ slug: e.slug, plays: e.plays, minSeconds: e.min_seconds });

// ---- playback and display ----------------------------------------------------------------------
export const toggle = () => request('POST', 'playback/toggle');
export const next = () => request('POST', 'playback/next');
export const previous = () => request('POST', 'playback/previous');
export const loopMode = (mode) => request('POST', `playback/loop-mode?mode=${mode}`);
/** `{brightness, version}`. */
export const brightness = () => request('GET', 'display/brightness');
export const setBrightness = (value, version) =>
  request('POST', 'display/brightness', { json: { brightness: value, version } });
export const snapshotUrl = () => `${BASE}display/snapshot?t=${Date.now()}`;
export const eventsUrl = () => `${BASE}events`;

// ---- WiFi -------------------------------------------------------------------------------------
/** WifiStatus (see `wifiFields`); `available: false` with `error` when WiFi cannot be managed. */
export const wifiStatus = () => request('GET', 'wifi/status');
/** `{networks: [{ssid, signal, secured}]}`. */
export const wifiScan = () => request('GET', 'wifi/scan', { timeout: 30000 });
export const wifiConnect = (ssid, password) =>
  request('POST', 'wifi/connect', { json: { ssid, password }, timeout: 90000 });
export const wifiSaveCurrent = () => request('POST', 'wifi/save-current');
export const wifiHotspot = () => request('POST', 'wifi/hotspot', { timeout: 60000 });

// ---- backup -----------------------------------------------------------------------------------
// The archive is downloaded by the browser itself (a link), never held in the page: it can be
// gigabytes. No HEAD probe first: the server answers HEAD by making the whole archive.
export const backupUrl = () => `${BASE}backup`;
/** Restores a backup ZIP; resolves to the server's sentence (what was restored). */
export async function restore(file) {
  const form = new FormData();
  form.append('file', file);
  const answer = await request('POST', 'restore', { form, timeout: 600000, withStatus: true });
  return answer.message;
}

// ---- admin password ---------------------------------------------------------------------------
/** The sign-in state (see `authFields`); always answered, password or not. */
export const auth = async () => authFields(await request('GET', 'auth'));
export const login = (password) => request('POST', 'auth/login', { json: { password } });
export const logout = () => request('POST', 'auth/logout');
/**
 * Sets the first password (no session needed), or changes/clears it (`password` null) with the
 * current one; resolves to the server's sentence. 403 when the current password is wrong.
 */
export async function setPassword(current, password) {
  const answer = await request('PUT', 'auth/password',
    { json: { current_password: current, password }, withStatus: true });
  return answer.message;
}

// ---- resumable uploads (tus 1.0.0); the protocol logic lives in tus.js ----------------------------
const TUS = { 'Tus-Resumable': '1.0.0' };

function b64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function xhr(method, url, headers, body, onProgress) {
  return new Promise((resolve) => {
    const x = new XMLHttpRequest();
    x.open(method, url);
    x.timeout = 120000;
    for (const [k, v] of Object.entries({ ...TUS, ...headers })) x.setRequestHeader(k, v);
    if (onProgress) x.upload.onprogress = (e) => onProgress(e.loaded);
    const fail = () => resolve({ status: 0, header: () => null, body: null });
    x.onerror = fail;
    x.ontimeout = fail;
    x.onabort = fail;
    x.onload = () => {
      let parsed = null;
      try {
        parsed = x.responseText ? JSON.parse(x.responseText) : null;
      } catch {
        parsed = null;
      }
      if (x.status === 401) unauthorized(parsed && parsed.message);
      resolve({ status: x.status, header: (h) => x.getResponseHeader(h), body: parsed });
    };
    x.send(body);
  });
}

/** The tus transport: answers `{status, header(name), body}`, status 0 for no connection. */
export const tus = {
  create: (name, size) => xhr('POST', BASE + 'uploads',
    { 'Upload-Length': String(size), 'Upload-Metadata': `filename ${b64(name)}` }),
  head: (url) => xhr('HEAD', url, {}),
  patch: (url, offset, blob, onProgress) => xhr('PATCH', url,
    { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
    blob, onProgress),
  terminate: (url) => xhr('DELETE', url, {}),
  slugHeader: 'Loop-Media-Slug',
  offsetHeader: 'Upload-Offset',
};

/** The fields of a media item the UI reads, in one place. */
export const itemFields = (m) => ({
  slug: m.slug,
  name: m.filename,
  type: m.type,
  size: m.size,
  frames: m.frame_count,
  duration: m.duration,
  status: m.processing_status,
  error: m.error,
  fit: m.fit,
});

/** The player status fields (dashboard `status.player`). */
export const playerFields = (p) => ({
  playing: !!(p && p.is_playing),
  current: p ? p.current_media : null,
  loopMode: p ? p.loop_mode : 'all',
  index: p ? p.loop_index : 0,
  total: p ? p.total_media : 0,
});

/** A job's fields (dashboard `processing` values and SSE `job` events). */
export const jobFields = (j) => ({ slug: j.slug, status: j.status, progress: j.progress, stage: j.stage });

/** WiFi status fields (wifi/status, poll/status `wifi`); `error` says why when not available. */
export const wifiFields = (w) => ({
  available: !!(w && w.available),
  error: w && w.error,
  connected: !!(w && w.connected),
  ssid: w && w.current_ssid,
  configured: w && w.configured_ssid,
  hotspot: !!(w && w.hotspot_active),
  ip: w && w.ip_address,
});

/** Brightness answers: `{brightness, version}`. */
export const brightnessFields = (b) => ({ value: b.brightness, version: b.version });

/** Storage (raw): bytes of the data volume and what uses it. */
export const storageFields = (s) => ({
  total: s.total, used: s.used, free: s.free, system: s.system, app: s.app, media: s.media,
});

/** poll/health: `{healthy, metrics: {memory_percent, disk_free_percent, ...}}`. */
export const healthFields = (h) => ({
  healthy: !!h.healthy,
  memoryPercent: h.metrics && h.metrics.memory_percent,
  diskFreePercent: h.metrics && h.metrics.disk_free_percent,
});

/** dashboard/memory: JVM and process figures in bytes. */
export const memoryFields = (m) => ({
  heapUsed: m.heap_used, heapMax: m.heap_max, rss: m.process_rss, deviceAvailable: m.device_available,
});

/** wifi/scan: `{networks: [{ssid, signal, secured}]}`. */
export const networkFields = (d) => ((d && d.networks) || [])
  .map((n) => ({ ssid: n.ssid, signal: n.signal, secured: !!n.secured }));

/** wifi/hotspot: `{hotspot_active}`. */
export const hotspotFields = (d) => ({ active: d ? d.hotspot_active : null });

/** The dashboard's parts the UI reads. */
export const dashboardFields = (d) => ({
  media: (d.media || []).map(itemFields),
  loop: d.loop || [],
  player: playerFields(d.status && d.status.player),
  jobs: Object.values(d.processing || {}).map(jobFields),
});

/** The loop view: `{loop, entries, version}`. */
export const loopFields = (l) => ({
  order: l.loop || [],
  entries: [...(l.entries || [])].sort((a, b) => a.position - b.position).map(entryFields),
  version: l.version,
});

/** auth: `{password_set, authenticated}`. */
export const authFields = (a) => ({ passwordSet: !!a.password_set, authenticated: !!a.authenticated });

/** playback/toggle: `{paused}`. */
export const pausedField = (d) => !!(d && d.paused);
