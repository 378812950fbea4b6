// The extension API namespace: Firefox calls it `browser`, Chrome `chrome`. Both return promises in MV3.
export const ext = globalThis.browser ?? globalThis.chrome;

/** storage.session where the browser has it (per-tab state must not outlive the browser), else local. */
export function sessionArea(api = ext) {
  return api.storage.session ?? api.storage.local;
}
