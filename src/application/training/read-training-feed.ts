import type { FeedCursor } from "../../domain/partner-access/feed-cursor.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { TrainingFeedEntry } from "../../domain/training/training-search.ts";
import { type CursorInvalid, cursorAfter, decodeFeedCursor, encodeFeedCursor } from "../partner-access/index.ts";
import type { TrainingAppointment } from "./appointment-view.ts";
import { type AppointmentViewLookup, appointmentsOf, NO_APPOINTMENT } from "./appointments-of.ts";
import type { TrainingStore } from "./ports.ts";

export type TrainingFeedItem = TrainingFeedEntry & Readonly<{ appointment: TrainingAppointment }>;

export type TrainingFeedPage = Readonly<{
  items: readonly TrainingFeedItem[];
  nextCursor: string | null;
  hasMore: boolean;
}>;

export type TrainingFeedRequest = Readonly<{ cursor?: string | null; updatedSince?: Date | null; limit: number }>;

/**
 * GET /api/v1/partner/trainings: the offers feed's scheme (src/application/offer/partner-feed.ts) for trainings:
 * every training created, changed or removed after the cursor (or since `updatedSince`) in (updatedAt, id) order,
 * removed ones (left the catalogue, or no longer Qualiopi) flagged so partners withdraw them.
 */
export function readTrainingFeed(deps: Readonly<{ trainings: TrainingStore; appointments: AppointmentViewLookup }>) {
  return async (request: TrainingFeedRequest): Promise<Result<TrainingFeedPage, CursorInvalid>> => {
    let position: FeedCursor | null = null;
    if (request.cursor) {
      const decoded = decodeFeedCursor(request.cursor);
      if (!decoded.ok) return err(decoded.error);
      position = decoded.value;
    } else if (request.updatedSince) {
      // Strictly after (since, "") includes every training updated at `since` itself.
      position = { updatedAt: request.updatedSince, id: "" };
    }
    const entries = await deps.trainings.changedAfter(position, request.limit);
    const active = entries.filter((entry) => entry.status === "active").map((entry) => entry.training);
    const appointment = await appointmentsOf(deps.appointments, active, "lba");
    const items = entries.map((entry) => ({
      ...entry,
      appointment: entry.status === "active" ? appointment(entry.training) : NO_APPOINTMENT,
    }));
    const last = entries.at(-1)?.training;
    const nextCursor = last ? encodeFeedCursor(cursorAfter(last)) : (request.cursor ?? null);
    return ok({ items, nextCursor, hasMore: entries.length === request.limit });
  };
}
