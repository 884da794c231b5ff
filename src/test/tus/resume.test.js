// Loop's resumable uploads driven by the real tus-js-client, as a phone on bad WiFi would:
// cut mid-way and resumed, resumed across a server restart, and terminated.
// Run by scripts/tus-test, which starts Loop and sets the environment read below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import tus from 'tus-js-client';

const BASE = process.env.LOOP_URL;
const DATA = process.env.LOOP_DATA_DIR;
const FIXTURES = process.env.LOOP_FIXTURES;
const PID_FILE = process.env.LOOP_TUS_PID_FILE;
const FIXTURE = 'gif_anim_160x120_24f_40ms.gif';
const CHUNK = 8 * 1024;

const bytes = fs.readFileSync(path.join(FIXTURES, FIXTURE));
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8'))
  .files.find((f) => f.file === FIXTURE);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts an upload and aborts it (without terminating) once `chunks` chunks were accepted. */
function uploadUntil(name, chunks, options = {}) {
  return new Promise((resolve, reject) => {
    let done = 0;
    const upload = new tus.Upload(bytes, {
      endpoint: `${BASE}/api/uploads`,
      chunkSize: CHUNK,
      retryDelays: null,
      metadata: { filename: name, filetype: 'image/gif' },
      onError: reject,
      onSuccess: () => reject(new Error('the upload finished before it was cut')),
      onChunkComplete: () => {
        done += 1;
        if (done === chunks) {
          upload.abort(options.terminate === true).then(() => resolve(upload), reject);
        }
      },
    });
    upload.start();
  });
}

/** Resumes at `url`; resolves with the offset of the first PATCH and the item's slug. */
function resume(url) {
  return new Promise((resolve, reject) => {
    let firstPatchOffset = null;
    let slug = null;
    const upload = new tus.Upload(bytes, {
      uploadUrl: url,
      chunkSize: CHUNK,
      retryDelays: null,
      onBeforeRequest: (req) => {
        if (req.getMethod() === 'PATCH' && firstPatchOffset === null) {
          firstPatchOffset = Number(req.getHeader('Upload-Offset'));
        }
      },
      onAfterResponse: (req, res) => {
        slug = res.getHeader('Loop-Media-Slug') || slug;
      },
      onError: reject,
      onSuccess: () => resolve({ firstPatchOffset, slug }),
    });
    upload.start();
  });
}

async function head(url) {
  const res = await fetch(url, { method: 'HEAD', headers: { 'Tus-Resumable': '1.0.0' } });
  return { status: res.status, offset: Number(res.headers.get('Upload-Offset')) };
}

/** Polls the item until its conversion ended; returns the envelope's data. */
async function converted(slug) {
  for (let i = 0; i < 600; i += 1) {
    const res = await fetch(`${BASE}/api/media/${slug}`);
    assert.equal(res.status, 200, `GET /api/media/${slug}`);
    const item = (await res.json()).data;
    if (item.processing_status === 'completed' || item.processing_status === 'error') {
      return item;
    }
    await sleep(100);
  }
  throw new Error(`${slug} was not converted within 60 s`);
}

function assertTheFixture(item, name) {
  assert.equal(item.processing_status, 'completed', item.error);
  assert.equal(item.filename, name);
  assert.equal(item.frame_count, expected.frames);
  assert.deepEqual(item.durations_ms, expected.delays_ms);
}

const idOf = (url) => url.substring(url.lastIndexOf('/') + 1);
const uploadFiles = () => fs.readdirSync(path.join(DATA, 'uploads'));

async function waitReady(limitMs) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${BASE}/health/ready`)).status === 200) return;
    } catch { /* not listening yet */ }
    await sleep(250);
  }
  throw new Error('Loop did not become ready again');
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the running Loop (as scripts/tus-test started it) and starts it again, same port and data. */
async function restartServer() {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 600 && alive(pid); i += 1) await sleep(100);
  assert.ok(!alive(pid), 'the server stopped');
  await assert.rejects(fetch(`${BASE}/health/ready`), 'nothing listens while it is down');
  const log = fs.openSync(process.env.LOOP_RUN_LOG, 'a');
  const child = spawn(process.env.LOOP_RUN, [], { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  fs.writeFileSync(PID_FILE, String(child.pid));
  await waitReady(180_000);
}

test('an upload cut mid-way resumes from the server offset and becomes an item', { timeout: 120_000 }, async () => {
  const name = 'cut mid-way.gif';
  const cut = await uploadUntil(name, 3);
  const before = await head(cut.url);
  assert.equal(before.status, 200);
  assert.equal(before.offset, 3 * CHUNK, 'the server kept the three accepted chunks');

  const { firstPatchOffset, slug } = await resume(cut.url);

  assert.equal(firstPatchOffset, before.offset, 'resumed where the server was, not from 0');
  assert.match(slug, /^[a-z0-9-]+_[0-9a-f]{12}$/);
  assertTheFixture(await converted(slug), name);
  assert.equal((await head(cut.url)).status, 404, 'a finished upload is gone');
  assert.ok(!uploadFiles().some((f) => f.startsWith(idOf(cut.url))), 'its partial files too');
});

test('an upload resumes after the server restarted', { timeout: 300_000 }, async () => {
  const name = 'across a restart.gif';
  const cut = await uploadUntil(name, 2);
  assert.equal((await head(cut.url)).offset, 2 * CHUNK);

  await restartServer();
  const after = await head(cut.url);
  assert.equal(after.status, 200, 'the upload survived the restart');
  assert.equal(after.offset, 2 * CHUNK);

  const { firstPatchOffset, slug } = await resume(cut.url);

  assert.equal(firstPatchOffset, 2 * CHUNK);
  assertTheFixture(await converted(slug), name);
});

test('termination removes the partial upload', { timeout: 120_000 }, async () => {
  const cut = await uploadUntil('terminated.gif', 2, { terminate: false });
  const id = idOf(cut.url);
  assert.ok(uploadFiles().some((f) => f.startsWith(id)), 'the partial file is on disk');

  await cut.abort(true);

  assert.equal((await head(cut.url)).status, 404);
  assert.deepEqual(uploadFiles().filter((f) => f.startsWith(id)), []);
});
