// Building DOM for extension pages. Text only ever goes in through textContent, so a hostile bio or
// note (with <script>, <img onerror>, javascript: links) stays inert text.

/**
 * Create an element: el("li", { testid: "starter", className: "x", attrs: {title: "…"}, text: "…" }, children).
 * `attrs` refuses event handlers and script URLs, which a caller should never pass through from data.
 */
export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.testid) node.dataset.testid = options.testid;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`Refusing to set the event attribute ${name}.`);
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [key, value] of Object.entries(options.data ?? {})) node.dataset[key] = String(value);
  if (options.text !== undefined && options.text !== null) node.textContent = String(options.text);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}

/** A link that is only ever http(s); anything else (javascript:, data:) becomes plain text. */
export function safeLink(href, text) {
  let url = null;
  try {
    url = new URL(String(href));
  } catch {
    url = null;
  }
  if (!url || !["http:", "https:"].includes(url.protocol)) return el("span", { text: text ?? String(href ?? "") });
  return el("a", { text: text ?? url.href, attrs: { href: url.href, target: "_blank", rel: "noopener noreferrer" } });
}
