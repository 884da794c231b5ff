// A small tus 1.0.0 client: creation, chunked PATCH with progress, automatic retry with backoff,
// resume from the server's offset after a dropped connection, a server restart or a page reload
// (upload URLs are kept in localStorage by file name + size + lastModified).
import { tus } from './api.js';

const STORE = 'loop.uploads';
const CHUNK_KEY = 'loop.upload.chunk_bytes'; // override for tests and slow links
const DEFAULT_CHUNK = 2 * 1024 * 1024;
const MAX_DELAY_MS = 10000;

const fingerprint = (f) => `${f.name}|${f.size}|${f.lastModified}`;

function saved() {
  try {
    return JSON.parse(localStorage.getItem(STORE)) || {};
  } catch {
    return {};
  }
}

function remember(file, url) {
  const all = saved();
  if (url) all[fingerprint(file)] = { url, name: file.name, size: file.size, at: Date.now() };
  else delete all[fingerprint(file)];
  localStorage.setItem(STORE, JSON.stringify(all));
}

/** Uploads interrupted earlier (e.g. by a reload): `[{name, size}]`, to pick again to resume. */
export function unfinished() {
  const day = 24 * 3600 * 1000;
  return Object.values(saved()).filter((u) => Date.now() - u.at < day);
}

function chunkSize() {
  const n = Number(localStorage.getItem(CHUNK_KEY));
  return n > 0 ? n : DEFAULT_CHUNK;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const retryable = (s) => s === 0 || s === 409 || s === 423 || s === 429 || s >= 500 && s !== 507;
const sentence = (r, fallback) => (r.body && r.body.message) || fallback;

/** A refusal from the server: not retried; `message` is the server's sentence. */
export class UploadRefused extends Error {}

/**
 * Uploads `file`; `report({phase, sent, total, retryIn})` is called as it goes. Resolves with
 * the new item's slug; rejects with UploadRefused (the server's sentence) or on cancel.
 */
export function upload(file, report) {
  let cancelled = false;
  let url = null;
  const promise = run();
  async function run() {
    let attempt = 0;
    const backoff = async (why) => {
      attempt += 1;
      const delay = Math.min(1000 * 2 ** (attempt - 1), MAX_DELAY_MS);
      report({ phase: 'retrying', retryIn: delay, why });
      await sleep(delay);
      if (cancelled) throw new UploadRefused('Cancelled.');
    };
    for (;;) {
      if (cancelled) throw new UploadRefused('Cancelled.');
      const s = await step();
      if (s.done) {
        remember(file, null);
        return s.slug;
      }
      if (s.refused) {
        remember(file, null);
        throw new UploadRefused(s.refused);
      }
      if (s.progressed) attempt = 0;
      else await backoff(s.why);
    }
  }

  // one round: find or create the upload, learn the offset, send one chunk
  async function step() {
    url = url || (saved()[fingerprint(file)] || {}).url;
    if (!url) {
      const r = await tus.create(file.name, file.size);
      if (r.status === 201 && r.header('Location')) {
        url = new URL(r.header('Location'), location.href).href;
        remember(file, url);
        return { progressed: true };
      }
      if (retryable(r.status)) return { why: sentence(r, 'The device is not reachable.') };
      return { refused: sentence(r, `The device refused the upload (${r.status}).`) };
    }
    const h = await tus.head(url);
    if (h.status === 404 || h.status === 410) { // finished, cancelled or expired: start afresh
      remember(file, null);
      url = null;
      return { progressed: true };
    }
    if (h.status !== 200) return { why: 'The device is not reachable.' };
    const offset = Number(h.header(tus.offsetHeader));
    report({ phase: 'uploading', sent: offset, total: file.size });
    const end = Math.min(offset + chunkSize(), file.size);
    const r = await tus.patch(url, offset, file.slice(offset, end),
      (n) => report({ phase: 'uploading', sent: offset + n, total: file.size }));
    if (r.status === 204) {
      const slug = r.header(tus.slugHeader);
      if (slug) return { done: true, slug };
      return { progressed: true };
    }
    if (retryable(r.status)) return { why: sentence(r, 'The connection dropped.') };
    return { refused: sentence(r, `The device refused the file (${r.status}).`) };
  }

  return {
    promise,
    cancel() {
      cancelled = true;
      if (url) tus.terminate(url);
      remember(file, null);
    },
  };
}
