/** The methods whose requests carry a body: the ones the body guards and Idempotency-Key apply to. */
export const WRITE_METHODS: readonly string[] = ["POST", "PUT", "PATCH", "DELETE"];
