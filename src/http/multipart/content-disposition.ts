/** A part's field name, and its filename when the part is a file (a `filename` parameter, even empty). */
export type PartDisposition = Readonly<{ name: string; filename: string | null }>;

/** `; key=value` or `; key="quoted \"value\""`, RFC 7578 §4.2 (parameters of RFC 6266). */
const PARAMETER = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
/** The three characters the WHATWG HTML form encoding percent-encodes in names and filenames. */
const HTML_ESCAPES: Readonly<Record<string, string>> = { "%22": '"', "%0D": "\r", "%0A": "\n" };
const HTML_ESCAPE = /%(?:22|0D|0A)/gi;

/**
 * Reads `Content-Disposition: form-data; name="cv"; filename="cv.pdf"`. `filename*` (RFC 5987, UTF-8 only), which
 * RFC 7578 forbids but some clients send, wins over `filename` when it can be decoded. Null: not a form-data part
 * or no `name`, which a form cannot send.
 */
export function parsePartDisposition(header: string | undefined): PartDisposition | null {
  if (!header || !/^\s*form-data\s*(;|$)/i.test(header)) return null;
  const parameters = new Map<string, string>();
  for (const match of header.matchAll(PARAMETER)) {
    const key = (match[1] ?? "").toLowerCase();
    const value = match[2] === undefined ? (match[3] ?? "").trim() : match[2].replace(/\\(.)/g, "$1");
    if (!parameters.has(key)) parameters.set(key, value);
  }
  const name = parameters.get("name");
  if (name === undefined || name === "") return null;
  const plain = parameters.get("filename");
  const filename = extendedValue(parameters.get("filename*")) ?? (plain === undefined ? null : htmlDecoded(plain));
  return { name: htmlDecoded(name), filename };
}

function htmlDecoded(value: string): string {
  return value.replace(HTML_ESCAPE, (code) => HTML_ESCAPES[code.toUpperCase()] ?? code);
}

/** `UTF-8''cv%20%C3%A9t%C3%A9.pdf` → `cv été.pdf`; undefined when absent, of another charset, or not decodable. */
function extendedValue(value: string | undefined): string | undefined {
  const encoded = value?.match(/^utf-8'[^']*'(.*)$/i)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
