/**
 * A probe of how long a page's main thread is kept from answering, for the benchmark's pages
 * (bundled with them by page-bundle.ts): it notes every gap between two turns of a loop of its
 * own. Any task that runs in between — an injected content script, an export's slice — delays
 * the next turn by its own length. (The Long Tasks API would be the obvious tool, but Chromium
 * does not report the tasks of injected scripts or of DevTools evaluation to the page.)
 * @module scripts/bench/probe-page
 */

export interface ProbeResult {
  /** The longest gap between two turns beyond the probe's own interval: how long a click would have waited. */
  longestGapMs: number;
  /** Total blocking time: the sum over gaps of their part beyond 50 ms (as Lighthouse counts long tasks). */
  totalBlockingMs: number;
}

let stopProbe: (() => Promise<ProbeResult>) | undefined;

/**
 * Starts the probe. With `intervalMs` 0 it turns as fast as the page allows (a message
 * ping-pong: exact, but it keeps the thread busy between tasks — for a short measurement);
 * otherwise it wakes every `intervalMs` (a timer: costs nothing, for a long one) and counts
 * only the delay beyond the interval.
 */
export function startBlockingProbe(intervalMs = 0): void {
  let running = true;
  let last = performance.now();
  const result: ProbeResult = { longestGapMs: 0, totalBlockingMs: 0 };
  const turn = () => {
    const now = performance.now();
    const gap = now - last - intervalMs;
    result.longestGapMs = Math.max(result.longestGapMs, gap);
    result.totalBlockingMs += Math.max(0, gap - 50);
    last = now;
  };
  let stopTurning: () => void;
  if (intervalMs === 0) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      turn();
      if (running) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
    stopTurning = () => channel.port1.close();
  } else {
    let timer = setTimeout(function tick() {
      turn();
      if (running) timer = setTimeout(tick, intervalMs);
    }, intervalMs);
    stopTurning = () => clearTimeout(timer);
  }
  stopProbe = async () => {
    // One more turn, so that a task that just ended is counted.
    await new Promise((done) => setTimeout(done, Math.max(30, 2 * intervalMs)));
    running = false;
    stopTurning();
    return result;
  };
}

export function stopBlockingProbe(): Promise<ProbeResult> {
  if (!stopProbe) throw new Error('Call startBlockingProbe() first');
  const stop = stopProbe;
  stopProbe = undefined;
  return stop();
}
