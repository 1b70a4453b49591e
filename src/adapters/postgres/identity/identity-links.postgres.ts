import { and, eq, isNull } from "drizzle-orm";
import type { IdentityLinkRepository } from "../../../application/identity/ports.ts";
import type { IdentityLink } from "../../../domain/identity/identity-link.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { identityLinks as links } from "./schema.ts";

type Row = typeof links.$inferSelect;

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgIdentityLinkRepository(db: Db): IdentityLinkRepository {
  return {
    async save(link) {
      await db.insert(links).values(toRow(link));
    },
    async findByTokenHash(tokenHash) {
      const rows = await db.select().from(links).where(eq(links.tokenHash, tokenHash)).limit(1);
      return rows[0] ? toLink(rows[0]) : null;
    },
    async markUsed(id, now) {
      const updated = await db
        .update(links)
        .set({ usedAt: now })
        .where(and(eq(links.id, id), isNull(links.usedAt)))
        .returning({ id: links.id });
      return updated.length > 0;
    },
  };
}

function toRow(link: IdentityLink): typeof links.$inferInsert {
  const { id, tokenHash, purpose, expiresAt, usedAt, createdAt } = link;
  const common = { id, tokenHash, purpose, expiresAt, usedAt, createdAt };
  if (link.purpose === "login") return { ...common, userId: link.userId };
  if (link.purpose === "email_confirmation") return { ...common, userId: link.userId, email: link.newEmail };
  if (link.purpose === "join_request") {
    return { ...common, userId: link.userId, organisationId: link.organisationId, email: link.email };
  }
  return { ...common, organisationId: link.organisationId, email: link.email };
}

function toLink(row: Row): IdentityLink {
  const { id, tokenHash, expiresAt, usedAt, createdAt } = row;
  const common = { id, tokenHash, expiresAt, usedAt, createdAt };
  if (row.purpose === "login") return { ...common, purpose: "login", userId: row.userId ?? "" };
  if (row.purpose === "email_confirmation") {
    return { ...common, purpose: "email_confirmation", userId: row.userId ?? "", newEmail: row.email as Email };
  }
  if (row.purpose === "join_request") {
    const { userId, organisationId, email } = row;
    return {
      ...common,
      purpose: "join_request",
      userId: userId ?? "",
      organisationId: organisationId ?? "",
      email: email as Email,
    };
  }
  return { ...common, purpose: "invitation", organisationId: row.organisationId ?? "", email: row.email as Email };
}
