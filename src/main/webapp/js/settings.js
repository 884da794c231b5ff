// Settings and status: brightness, WiFi, storage, health and memory, backup/restore, password.
import * as api from './api.js';
import { $, h, act, say, bytes } from './dom.js';
import { checkAuth, resync, state as appState } from './app.js';

let brightnessVersion = null;

export async function refreshBrightness() {
  try {
    const b = api.brightnessFields(await api.brightness());
    brightnessVersion = b.version;
    if (document.activeElement !== $('#brightness')) $('#brightness').value = b.value;
    $('#brightness-value').textContent = `${b.value}%`;
  } catch (e) {
    $('#brightness-value').textContent = e.message;
  }
}

async function commitBrightness() {
  const input = $('#brightness');
  try {
    const b = api.brightnessFields(await api.setBrightness(Number(input.value), brightnessVersion));
    brightnessVersion = b.version;
    $('#brightness-value').textContent = `${b.value}%`;
    say(`Brightness ${b.value}%`);
  } catch (e) {
    say(e.status === 409 ? 'Brightness was changed elsewhere; showing the current value.' : e.message, 'error');
    input.blur();
    await refreshBrightness();
  }
}

export async function refreshWifi() {
  const p = $('#wifi-status');
  try {
    const w = api.wifiFields(await api.wifiStatus());
    $('#wifi-panel').dataset.available = String(w.available);
    if (!w.available) p.textContent = w.error || 'WiFi is not available on this device.';
    else if (w.hotspot) p.textContent = 'Hotspot is on.';
    else if (w.connected) p.textContent = `Connected to ${w.ssid}${w.ip ? ` (${w.ip})` : ''}.`;
    else p.textContent = w.error || 'Not connected.';
    $('#wifi-save').hidden = !(w.available && w.connected && w.configured !== w.ssid);
    $('#wifi-hotspot').textContent = w.hotspot ? 'Stop hotspot' : 'Start hotspot';
  } catch (e) {
    p.textContent = e.message;
  }
}

function wifiMessage(text) {
  $('#wifi-message').textContent = text;
}

function setupWifi() {
  let target = null;
  $('#wifi-scan').addEventListener('click', (e) => act(e.currentTarget, async () => {
    wifiMessage('Scanning…');
    try {
      const nets = api.networkFields(await api.wifiScan());
      wifiMessage(nets.length ? '' : 'No networks found.');
      $('#wifi-networks').replaceChildren(...nets.map((n) => h('li', {},
        h('button.network', {
          type: 'button',
          onclick: () => {
            target = n;
            $('#wifi-target').textContent = `Connect to ${n.ssid}${n.secured ? ' (password needed)' : ''}`;
            $('#wifi-password').required = !!n.secured;
            $('#wifi-connect').hidden = false;
            $('#wifi-password').focus();
          },
        }, `${n.ssid} · ${n.signal}%${n.secured ? ' · secured' : ''}`))));
    } catch (x) {
      wifiMessage(x.message);
    }
  }));
  $('#wifi-connect').addEventListener('submit', (e) => {
    e.preventDefault();
    act(e.submitter, async () => {
      wifiMessage(`Connecting to ${target.ssid}…`);
      try {
        await api.wifiConnect(target.ssid, $('#wifi-password').value);
        wifiMessage(`Connected to ${target.ssid}.`);
        $('#wifi-connect').hidden = true;
      } catch (x) {
        wifiMessage(x.message);
      }
      $('#wifi-password').value = '';
      refreshWifi();
    });
  });
  const simple = (sel, fn) => $(sel).addEventListener('click', (e) => act(e.currentTarget, async () => {
    try {
      const r = api.hotspotFields(await fn());
      wifiMessage(r.active != null ? `Hotspot ${r.active ? 'on' : 'off'}.` : 'Saved.');
    } catch (x) {
      wifiMessage(x.message);
    }
    refreshWifi();
  }));
  simple('#wifi-save', api.wifiSaveCurrent);
  simple('#wifi-hotspot', api.wifiHotspot);
}

export async function refreshStorage() {
  try {
    const s = api.storageFields(await api.storage());
    const pct = (v) => (s.total ? (100 * v) / s.total : 0);
    const parts = [['system', s.system], ['app', s.app], ['media', s.media]];
    for (const [k, v] of parts) $(`#storage-bar .${k}`).style.width = `${pct(v).toFixed(2)}%`;
    $('#storage-bar').setAttribute('aria-label',
      `Storage: ${bytes(s.used)} used of ${bytes(s.total)}, ${bytes(s.free)} free`);
    $('#storage-legend').replaceChildren(
      ...parts.map(([k, v]) => h(`li.${k}`, {}, `${k === 'app' ? 'Loop' : k[0].toUpperCase() + k.slice(1)}: ${bytes(v)}`)),
      h('li.free', {}, `Free: ${bytes(s.free)} of ${bytes(s.total)}`));
  } catch (e) {
    $('#storage-legend').replaceChildren(h('li', {}, e.message));
  }
}

async function refreshHealth() {
  const dl = $('#health');
  const facts = [];
  try {
    const hl = api.healthFields(await api.health());
    facts.push(['Status', hl.healthy ? 'Healthy' : 'Needs attention'],
      ['Memory in use', `${hl.memoryPercent}%`], ['Disk free', `${hl.diskFreePercent}%`]);
  } catch (e) {
    facts.push(['Health', e.message]);
  }
  try {
    const mem = api.memoryFields(await api.memory());
    facts.push(['Loop heap', `${bytes(mem.heapUsed)} of ${bytes(mem.heapMax)}`],
      ['Loop process', bytes(mem.rss)], ['Device memory free', bytes(mem.deviceAvailable)]);
  } catch (e) {
    facts.push(['Memory', e.message]);
  }
  dl.replaceChildren(...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

function setupBackup() {
  const msg = (t) => { $('#backup-message').textContent = t; };
  $('#backup').addEventListener('click', (e) => act(e.currentTarget, async () => {
    try {
      // a 401 would be saved as the "backup": make sure this browser may download first
      if (!(await checkAuth())) {
        api.signInNeeded('Sign in to download a backup.');
        return;
      }
      const a = h('a', { href: api.backupUrl(), download: '' });
      document.body.append(a);
      a.click();
      a.remove();
      msg('Backup download started.');
    } catch (x) {
      msg(x.message);
    }
  }));
  $('#restore').addEventListener('submit', (e) => {
    e.preventDefault();
    const file = $('#restore-file').files[0];
    if (!file || !confirm('Restore replaces the media, loop and settings on the device. Continue?')) return;
    act(e.submitter, async () => {
      msg('Restoring…');
      try {
        msg(await api.restore(file)); // the server's sentence: what came back
        e.target.reset();
        appState.restores += 1; // same slugs may now have other pictures
        await resync();
        refreshSettings();
      } catch (x) {
        msg(x.message); // 400 not a ZIP, 413 too big, 422 not a Loop backup, 409, 507
      }
    });
  });
}

function setupPassword() {
  $('#password-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act(e.submitter, async () => {
      const pw = $('#new-password').value;
      try {
        const said = await api.setPassword($('#current-password').value || null, pw === '' ? null : pw);
        $('#password-message').textContent = said;
        e.target.reset();
      } catch (x) {
        $('#password-message').textContent = x.message; // 403 wrong current password, 400, 429
      }
      await checkAuth();
    });
  });
}

export function refreshSettings() {
  refreshBrightness();
  refreshWifi();
  refreshStorage();
  refreshHealth();
}

export function setupSettings() {
  const input = $('#brightness');
  input.addEventListener('input', () => { $('#brightness-value').textContent = `${input.value}%`; });
  input.addEventListener('change', commitBrightness);
  setupWifi();
  setupBackup();
  setupPassword();
  setInterval(() => {
    if (document.visibilityState === 'visible') {
      refreshStorage();
      refreshHealth();
    }
  }, 30000);
}
