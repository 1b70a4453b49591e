/**
 * `Content-Disposition` of a downloaded file (RFC 6266): a quoted ASCII fallback (anything else becomes "_", so no
 * quote or line break reaches the header), then the exact name in RFC 5987 `filename*` for the clients that read it.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\w.\- ]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** encodeURIComponent leaves ' ( ) * unencoded, which RFC 5987's attr-char does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
