import { describe, expect, it } from "vitest";
import { describeError } from "../../../src/application/shared/describe-error.ts";

describe("describeError (what a log line may say of a failure)", () => {
  it("keeps the first line of a driver error and its SQLSTATE, never the parameter values", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: "23505",
    });
    const failure = new Error(
      'Failed query: update "users" set "email" = $1 where "id" = $2\nparams: zoe@boulangerie.test,+33612345678',
      { cause },
    );
    failure.name = "DrizzleQueryError";
    const described = describeError(failure);
    expect(described).toEqual({
      error: 'DrizzleQueryError: Failed query: update "users" set "email" = $1 where "id" = $2',
      sqlstate: "23505",
    });
    expect(JSON.stringify(described)).not.toMatch(/zoe@|\+336/);
  });

  it("describes a thrown non-error by its first line", () => {
    expect(describeError("boom\nsecret")).toEqual({ error: "boom" });
  });
});
