/**
 * Compares two strings in time that depends only on their lengths, never on where they first differ, so
 * response times reveal nothing about a secret's prefix. Lengths are not secret here (hashes are 64 hex digits).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}
