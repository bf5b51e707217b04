/** Longest stretch of our work the page's main thread gets at a time, in ms: far below a 50 ms long task. */
const SLICE_MS = 8;

export interface Slicer {
  /** Resolves at once while the current slice lasts; once it is spent, in a new task after the page's own work. */
  pause(): Promise<void>;
  /** Runs `steps` to the end, pausing between them; resolves with what they return. */
  run<T>(steps: Generator<unknown, T>): Promise<T>;
  close(): void;
}

/**
 * Spreads long work (parsing a large knowledge file, indexing it) over short
 * tasks, so it never blocks the host page. A message, unlike setTimeout, is not
 * held back 4 ms once calls nest. (A Worker would be the other way, but a
 * script from another origin under a strict Content-Security-Policy cannot start one.)
 */
export function createSlicer(): Slicer {
  const channel = new MessageChannel();
  let end = performance.now() + SLICE_MS;
  let resume: (() => void) | null = null;
  channel.port1.onmessage = () => {
    end = performance.now() + SLICE_MS;
    resume?.();
  };
  const slicer: Slicer = {
    async pause() {
      if (performance.now() < end) return;
      await new Promise<void>((resolve) => {
        resume = resolve;
        channel.port2.postMessage(null);
      });
    },
    async run(steps) {
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        await slicer.pause();
      }
    },
    close: () => channel.port1.close(),
  };
  return slicer;
}
