// The one client of the companion's HTTP API. Every call answers with the same shape:
//   { ok: true, data }                                         on success
//   { ok: false, error, status, offline?, unpaired? }          on failure (status 0 = no answer)
// so callers branch on fields, never on exceptions.

export const DEFAULT_TIMEOUT_MS = 5000;

/** A failure in the one error shape. */
export function failure(error, status, extra = {}) {
  return { ok: false, error, status, ...extra };
}

/**
 * A client bound to a way of finding the base URL and token (both read fresh for each call, so a new
 * pairing or port is used at once).
 */
export function createClient({ getBase, getToken, fetchImpl = globalThis.fetch.bind(globalThis) }) {
  async function request(method, path, { body, timeoutMs = DEFAULT_TIMEOUT_MS, auth = true } = {}) {
    const base = await getBase();
    const headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (auth) {
      const token = await getToken();
      if (!token) return failure("The extension is not paired with the companion yet.", 401, { unpaired: true });
      headers.Authorization = `Bearer ${token}`;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
        credentials: "omit",
        cache: "no-store",
      });
    } catch (error) {
      const timedOut = controller.signal.aborted;
      return failure(
        timedOut
          ? `The companion did not answer within ${timeoutMs} ms.`
          : "The companion is not running (nothing answers on its port).",
        0,
        { offline: true, timedOut },
      );
    } finally {
      clearTimeout(timer);
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (response.ok) return { ok: true, data };
    const sentence = (data && typeof data.error === "string" && data.error) || `The companion answered ${response.status}.`;
    return failure(sentence, response.status, response.status === 401 ? { unpaired: true } : {});
  }

  return {
    request,
    health: (timeoutMs = 2000) => request("GET", "/v1/health", { auth: false, timeoutMs }),
    pair: (code) => request("POST", "/v1/pair", { auth: false, body: { code } }),
    status: () => request("GET", "/v1/status", { timeoutMs: 2000 }),
    capture: (url, html) => request("POST", "/v1/captures", { body: { url, html }, timeoutMs: 20000 }),
    setMe: (url, html) => request("POST", "/v1/me", { body: { url, html }, timeoutMs: 20000 }),
    getMe: () => request("GET", "/v1/me"),
    guardSettings: () => request("GET", "/v1/settings/guard"),
    saveGuardSettings: (body) => request("PUT", "/v1/settings/guard", { body }),
    guardRules: () => request("GET", "/v1/settings/guard/rules"),
    check: (body, timeoutMs) => request("POST", "/v1/check", { body, timeoutMs }),
    sent: (body) => request("POST", "/v1/sent", { body }),
    person: (personId) => request("GET", `/v1/people/${encodeURIComponent(personId)}`),
    lookup: (url) => request("GET", `/v1/lookup?url=${encodeURIComponent(url)}`),
    addNote: (personId, text) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/notes`, { body: { text } }),
    editNote: (personId, noteId, text) =>
      request("PATCH", `/v1/people/${encodeURIComponent(personId)}/notes/${encodeURIComponent(noteId)}`, {
        body: { text },
      }),
    addCommitment: (personId, text, due) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/commitments`, { body: due ? { text, due } : { text } }),
    keepCommitment: (personId, commitmentId) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/commitments/${encodeURIComponent(commitmentId)}/done`, { body: {} }),
    dropCommitment: (personId, commitmentId) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/commitments/${encodeURIComponent(commitmentId)}/drop`, { body: {} }),
    reopenCommitment: (personId, commitmentId) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/commitments/${encodeURIComponent(commitmentId)}/reopen`, { body: {} }),
    logInteraction: (personId, kind, note) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/interactions`, {
        body: note ? { kind, note } : { kind },
      }),
    deleteInteraction: (personId, interactionId) =>
      request("DELETE", `/v1/people/${encodeURIComponent(personId)}/interactions/${encodeURIComponent(interactionId)}`),
    merge: (personId, otherId) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/merge`, { body: { person_id: otherId } }),
    unmerge: (personId, site) =>
      request("POST", `/v1/people/${encodeURIComponent(personId)}/unmerge`, { body: { site } }),
    putMe: (profile) => request("PUT", "/v1/me", { body: profile }),
    unsetMe: (site) => request("DELETE", `/v1/me?site=${encodeURIComponent(site)}`),
  };
}

/** True when a health answer really comes from the Rapport companion (not another local server). */
export function isCompanionHealth(data) {
  return Boolean(data && data.app === "rapport-companion" && typeof data.api === "number");
}
