const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * The http(s) links of an email, in order of appearance, without duplicates: what a developer (or an
 * acceptance test) clicks in the local mailbox. Sentence punctuation after a link is not part of it.
 */
export function extractLinks(...bodies: readonly (string | null | undefined)[]): string[] {
  const links = new Set<string>();
  for (const body of bodies) {
    for (const match of body?.matchAll(URL_PATTERN) ?? []) {
      links.add(decodeHtmlAmpersands(match[0].replace(TRAILING_PUNCTUATION, "")));
    }
  }
  return [...links];
}

/** An href copied from HTML carries `&amp;` where the URL has `&`. */
function decodeHtmlAmpersands(link: string): string {
  return link.replaceAll("&amp;", "&");
}
