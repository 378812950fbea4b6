// The extension API namespace: Firefox calls it `browser`, Chrome `chrome`. Both return promises in MV3.
export const ext = globalThis.browser ?? globalThis.chrome;

/** storage.session where the browser has it (per-tab state must not outlive the browser), else local. */
export function sessionArea(api = ext) {
  return api.storage.session ?? api.storage.local;
}

/** A message to the background, answered in the one shape: {ok: true, ...} or {ok: false, error}. */
export async function ask(message) {
  try {
    return (await ext.runtime.sendMessage(message)) ?? { ok: false, error: "No answer from the extension." };
  } catch (error) {
    return { ok: false, error: String(error?.message ?? error) };
  }
}
