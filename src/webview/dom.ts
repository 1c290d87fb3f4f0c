// DOM helpers shared by the webview scripts (Quotes, Claims, Coverage); esbuild bundles this into each.
// Elements are built with textContent only: article text never becomes markup.

/** A new element with an optional class and text content. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}
