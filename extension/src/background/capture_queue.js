// Pending captures, kept in storage.local so nothing is lost when the browser stops the worker or the
// companion is down. The pure functions below decide what the queue holds; storage I/O is separate.

export const QUEUE_KEY = "captureQueue";
export const QUEUE_LIMITS = {
  maxItems: 10,
  maxBytes: 4_000_000, // storage.local holds 10 MB; leave room for everything else
  maxAgeMs: 24 * 60 * 60 * 1000, // a day-old view is not worth sending
};

/** The queue with `item` added: one entry per URL (the newest wins), bounded in count, size and age. */
export function enqueue(queue, item, now = Date.now(), limits = QUEUE_LIMITS) {
  const kept = (queue ?? []).filter((q) => q.url !== item.url);
  kept.push({ ...item, queuedAt: item.queuedAt ?? now, attempts: item.attempts ?? 0 });
  return prune(kept, now, limits);
}

/** Drop what is too old, then the oldest until count and size fit. */
export function prune(queue, now = Date.now(), limits = QUEUE_LIMITS) {
  let kept = (queue ?? []).filter((q) => now - (q.queuedAt ?? 0) <= limits.maxAgeMs);
  const size = (items) => items.reduce((sum, q) => sum + (q.html?.length ?? 0), 0);
  while (kept.length > limits.maxItems || (kept.length > 1 && size(kept) > limits.maxBytes)) kept = kept.slice(1);
  if (kept.length === 1 && size(kept) > limits.maxBytes) kept = [];
  return kept;
}

/** The queue without the entry `id`. */
export function removeItem(queue, id) {
  return (queue ?? []).filter((q) => q.id !== id);
}

/** Whether a failed send should stay queued (the companion is away) or be dropped (it refused the page). */
export function shouldRetry(result) {
  return Boolean(result.offline || result.unpaired || result.status === 0 || result.status >= 500 || result.status === 429);
}

/** A queue stored in an extension storage area, changed one step at a time (no lost updates). */
export function storedQueue(storage) {
  let chain = Promise.resolve();
  const serial = (fn) => {
    const run = chain.then(fn, fn);
    chain = run.catch(() => {});
    return run;
  };
  const read = async () => (await storage.get(QUEUE_KEY))[QUEUE_KEY] ?? [];
  return {
    read,
    add: (item) => serial(async () => storage.set({ [QUEUE_KEY]: enqueue(await read(), item) })),
    remove: (id) => serial(async () => storage.set({ [QUEUE_KEY]: removeItem(await read(), id) })),
    bump: (id) =>
      serial(async () =>
        storage.set({ [QUEUE_KEY]: (await read()).map((q) => (q.id === id ? { ...q, attempts: q.attempts + 1 } : q)) }),
      ),
  };
}
