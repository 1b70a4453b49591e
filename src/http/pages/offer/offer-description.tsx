import { DESCRIPTION_HEADINGS } from "../../../domain/offer/description.ts";

/** A piece of an offer's plain-text description, as the page shows it. */
export type DescriptionBlock =
  | Readonly<{ kind: "heading"; text: string }>
  | Readonly<{ kind: "paragraph"; text: string }>
  | Readonly<{ kind: "list"; items: readonly string[] }>;

const KNOWN_HEADINGS: ReadonlySet<string> = new Set(Object.values(DESCRIPTION_HEADINGS));
const BULLET = /^[-–—•*]\s+/;

/**
 * Reads the structure the plain text carries (generateOfferDescription's, or a recruiter's): blocks are separated
 * by a blank line; the first line of a block is a heading when it is one of the generated section titles, or when
 * it ends with a colon and more lines follow ("Vos missions :"); lines starting with a dash or a bullet form a list.
 */
export function descriptionBlocks(text: string): DescriptionBlock[] {
  return text.split(/\n\s*\n/).flatMap((chunk) => {
    const lines = chunk
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "");
    const blocks: DescriptionBlock[] = [];
    lines.forEach((line, index) => {
      const previous = blocks.at(-1);
      if (BULLET.test(line)) {
        const item = line.replace(BULLET, "");
        if (previous?.kind === "list") blocks[blocks.length - 1] = { kind: "list", items: [...previous.items, item] };
        else blocks.push({ kind: "list", items: [item] });
      } else if (index === 0 && lines.length > 1 && (KNOWN_HEADINGS.has(line) || line.endsWith(":"))) {
        blocks.push({ kind: "heading", text: line.replace(/\s*:$/, "") });
      } else {
        blocks.push({ kind: "paragraph", text: line });
      }
    });
    return blocks;
  });
}

/** The description under the page's "Description" h2: its own headings are h3, its lists real lists. */
export function OfferDescription({ text }: Readonly<{ text: string }>) {
  return (
    <>
      {descriptionBlocks(text).map((block) =>
        block.kind === "heading" ? (
          <h3>{block.text}</h3>
        ) : block.kind === "list" ? (
          <ul>
            {block.items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ) : (
          <p>{block.text}</p>
        ),
      )}
    </>
  );
}
