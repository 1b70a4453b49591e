import { err, ok, type Result } from "../shared/result.ts";

/**
 * How the CFA answers a request (docs/PRODUCT.md §8): a personalised message, emailed to the candidate at once;
 * "I will use another channel" (phone, email of its own); or "I could not reach the candidate".
 */
export const ANSWER_INTENTIONS = ["personalised_answer", "other_channel", "unreachable"] as const;

export type AnswerIntention = (typeof ANSWER_INTENTIONS)[number];

export const ANSWER_MESSAGE_MAX = 5_000;

export type AppointmentAnswer = Readonly<{ intention: AnswerIntention; message: string | null; answeredAt: Date }>;

export type AnswerInvalid = Readonly<{
  code: "ANSWER_INVALID";
  path: "intention" | "message";
  problem: "unknown" | "required" | "too_long";
}>;

export type AlreadyAnswered = Readonly<{ code: "ALREADY_ANSWERED"; answeredAt: Date }>;

/**
 * The CFA's answer, checked: a personalised answer needs a message; the other two keep one only if given
 * (a note for support). Whitespace-only is no message.
 */
export function draftAnswer(
  input: Readonly<{ intention: string; message?: string | null | undefined }>,
  now: Date,
): Result<AppointmentAnswer, AnswerInvalid> {
  if (!isIntention(input.intention)) return err({ code: "ANSWER_INVALID", path: "intention", problem: "unknown" });
  const message = input.message?.trim() || null;
  if (input.intention === "personalised_answer" && message === null) {
    return err({ code: "ANSWER_INVALID", path: "message", problem: "required" });
  }
  if (message !== null && message.length > ANSWER_MESSAGE_MAX) {
    return err({ code: "ANSWER_INVALID", path: "message", problem: "too_long" });
  }
  return ok({ intention: input.intention, message, answeredAt: now });
}

/** A request is answered once: the first answer stays, a second is refused. */
export function checkNotAnswered(answer: AppointmentAnswer | null): Result<null, AlreadyAnswered> {
  return answer === null ? ok(null) : err({ code: "ALREADY_ANSWERED", answeredAt: answer.answeredAt });
}

function isIntention(value: string): value is AnswerIntention {
  return (ANSWER_INTENTIONS as readonly string[]).includes(value);
}
