// Capture on the Mastodon instances the user added: each needs its own host permission (asked for on
// the setup page) and a content-script registration, since no manifest can list every instance.

import { ext } from "../shared/browser_api.js";
import { instanceOrigins } from "../shared/settings.js";

export const MASTODON_SCRIPT_ID = "rapport-mastodon-capture";

// The build joins the capture scripts into this one file (scripts/build_extension.py, CAPTURE_BUNDLE).
const CAPTURE_BUNDLE = "src/content/capture.bundle.js";

/** The capture scripts, as the static entry lists them. */
export function captureScripts(manifest = ext.runtime.getManifest()) {
  const entry = (manifest.content_scripts ?? []).find((cs) => cs.js?.includes(CAPTURE_BUNDLE));
  return entry ? entry.js : [];
}

/** Register (or drop) the Mastodon capture scripts to match the settings and granted permissions. */
export async function syncMastodonScripts(settings) {
  if (!ext.scripting?.registerContentScripts) return [];
  const wanted = settings.sites.mastodon ? instanceOrigins(settings.mastodonInstances) : [];
  const granted = [];
  for (const origin of wanted) {
    if (await ext.permissions.contains({ origins: [origin] })) granted.push(origin);
  }
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  if (existing.length) await ext.scripting.unregisterContentScripts({ ids: [MASTODON_SCRIPT_ID] });
  if (granted.length) {
    await ext.scripting.registerContentScripts([
      { id: MASTODON_SCRIPT_ID, matches: granted, js: captureScripts(), runAt: "document_idle", allFrames: false },
    ]);
  }
  return granted;
}
