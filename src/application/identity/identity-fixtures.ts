import type { Email } from "../../domain/shared/email.ts";

/** GET /dev/fixtures: the first configured administrator, whose account exists from start-up. */
export function identityFixtures(settings: Readonly<{ adminEmails: readonly Email[] }>) {
  return async (): Promise<Readonly<Record<string, string | null>>> => ({
    adminEmail: settings.adminEmails[0] ?? null,
  });
}
