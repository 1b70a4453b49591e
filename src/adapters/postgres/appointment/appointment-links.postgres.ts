import { and, eq, isNull } from "drizzle-orm";
import type { AppointmentLinkRepository } from "../../../application/appointment/ports.ts";
import type { Email } from "../../../domain/shared/email.ts";
import type { Db } from "../database.ts";
import { appointmentReplyLinks, parcoursupInvitations } from "./schema.ts";

/** `db` may be a transaction handle (UnitOfWork). */
export function createPgAppointmentLinkRepository(db: Db): AppointmentLinkRepository {
  return {
    async saveReplyLink(link) {
      await db.insert(appointmentReplyLinks).values(link);
    },
    async findReplyLink(tokenHash) {
      const rows = await db
        .select()
        .from(appointmentReplyLinks)
        .where(eq(appointmentReplyLinks.tokenHash, tokenHash))
        .limit(1);
      return rows[0] ?? null;
    },
    async saveInvitation(invitation) {
      await db.insert(parcoursupInvitations).values(invitation);
    },
    async findInvitation(tokenHash) {
      const rows = await db
        .select()
        .from(parcoursupInvitations)
        .where(eq(parcoursupInvitations.tokenHash, tokenHash))
        .limit(1);
      const row = rows[0];
      return row ? { ...row, recipientEmail: row.recipientEmail as Email } : null;
    },
    async markInvitationUsed(id, now) {
      const updated = await db
        .update(parcoursupInvitations)
        .set({ usedAt: now })
        .where(and(eq(parcoursupInvitations.id, id), isNull(parcoursupInvitations.usedAt)))
        .returning({ id: parcoursupInvitations.id });
      return updated.length > 0;
    },
  };
}
