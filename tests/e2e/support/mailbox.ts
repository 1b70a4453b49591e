import type { Locator, Page } from "playwright-core";
import { visit } from "./browser.ts";

/**
 * The development mailbox page (`/dev/boite-mail`), reloaded until a message matching `text` (and sent to `to`,
 * when given) holds a link whose address matches `link` (more than `alreadyThere` such links, when given): the
 * outbox is dispatched every few seconds. Returns the newest link.
 */
export async function mailLink(
  page: Page,
  match: Readonly<{ to?: string; text?: string | RegExp; link: RegExp; alreadyThere?: number }>,
): Promise<Locator> {
  const query = match.to ? `?to=${encodeURIComponent(match.to)}` : "";
  await visit(page, `/dev/boite-mail${query}`);
  const messages = match.text ? page.locator("article").filter({ hasText: match.text }) : page.locator("article");
  const links = messages.getByRole("link", { name: match.link });
  const deadline = Date.now() + 20_000;
  while ((await links.count()) <= (match.alreadyThere ?? 0)) {
    if (Date.now() > deadline) throw new Error(`no mail link ${match.link} ${match.to ?? ""} within 20 s`);
    await page.waitForTimeout(500);
    await page.reload();
  }
  return links.first();
}
