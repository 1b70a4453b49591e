const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe for HTML text and for double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Email buttons only ever open our own pages: anything but an absolute http(s) URL (say `javascript:`) is a bug
 * in the calling template, so it throws rather than reaching a mailbox.
 */
export function assertLinkUrl(url: string): string {
  if (!/^https?:\/\/[^\s<>"']+$/.test(url)) throw new Error(`email action URL must be absolute http(s): ${url}`);
  return url;
}
