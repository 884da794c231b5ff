// Live updates: Server-Sent Events from /api/events; while they are down, polls the dashboard with
// backoff and shows a visible "reconnecting / disconnected" state.
import { eventsUrl } from './api.js';

const EVENTS = ['media', 'loop', 'player', 'job', 'settings'];
const POLL_START_MS = 2000;
const POLL_MAX_MS = 30000;

/**
 * onEvent(name, data) for each SSE event; resync() refetches everything (returns a promise);
 * onState('live' | 'reconnecting' | 'disconnected', retryMs) for the indicator.
 */
export function startLive({ onEvent, resync, onState }) {
  let es = null;
  let pollTimer = null;
  let pollDelay = POLL_START_MS;
  let live = false;

  function connect() {
    es = new EventSource(eventsUrl());
    es.addEventListener('hello', () => {
      const wasDown = !live;
      live = true;
      stopPolling();
      onState('live');
      if (wasDown) resync();
    });
    for (const name of EVENTS) {
      es.addEventListener(name, (e) => {
        let data = {};
        try {
          data = JSON.parse(e.data);
        } catch {
          data = {};
        }
        onEvent(name, data);
      });
    }
    es.onerror = () => {
      live = false;
      onState('reconnecting');
      if (es.readyState === EventSource.CLOSED) {
        es.close();
        setTimeout(connect, 3000); // the browser gave up (e.g. a non-SSE answer): try again
      }
      startPolling();
    };
  }

  let polling = false;
  function startPolling() {
    if (polling) return;
    polling = true;
    pollDelay = POLL_START_MS;
    schedule();
  }

  function schedule() {
    pollTimer = setTimeout(async () => {
      if (live) {
        polling = false;
        return;
      }
      try {
        await resync();
        pollDelay = POLL_START_MS;
        if (!live) onState('reconnecting', pollDelay);
      } catch {
        pollDelay = Math.min(pollDelay * 1.5, POLL_MAX_MS);
        if (!live) onState('disconnected', pollDelay);
      }
      if (live) polling = false;
      else schedule();
    }, pollDelay);
  }

  function stopPolling() {
    clearTimeout(pollTimer);
    pollTimer = null;
    polling = false;
  }

  connect();
  addEventListener('pagehide', () => es && es.close());
}
