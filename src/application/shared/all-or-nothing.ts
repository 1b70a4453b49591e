import { err, type Result } from "../../domain/shared/result.ts";
import type { UnitOfWork } from "./ports.ts";

/** Carries a refusal out of a unit of work, rolling it back on the way (a UnitOfWork rolls back on a throw). */
class RolledBack extends Error {
  override name = "RolledBack";
  readonly refusal: unknown;
  constructor(refusal: unknown) {
    super("unit of work rolled back to answer a refusal");
    this.refusal = refusal;
  }
}

/**
 * Runs `work` in one unit of work where a returned refusal also rolls back what was written before it (a plain
 * `UnitOfWork.run` commits it). For refusals that can only be known after writing, such as a version conflict
 * found by the second conditional write of a transaction (docs/adr/0018).
 */
export async function runAllOrNothing<Repos, T, E>(
  unitOfWork: UnitOfWork<Repos>,
  work: (repos: Repos) => Promise<Result<T, E>>,
): Promise<Result<T, E>> {
  try {
    return await unitOfWork.run(async (repos) => {
      const result = await work(repos);
      if (!result.ok) throw new RolledBack(result.error);
      return result;
    });
  } catch (error) {
    if (error instanceof RolledBack) return err(error.refusal as E);
    throw error;
  }
}
