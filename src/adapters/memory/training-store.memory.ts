import type { TrainingStore } from "../../application/training/ports.ts";
import { isAfterCursor } from "../../domain/partner-access/feed-cursor.ts";
import { compareCodePoints, textMatchRank } from "../../domain/shared/search-text.ts";
import { isListed } from "../../domain/training/listing.ts";
import type { Training } from "../../domain/training/training.ts";
import { trainingProviderOf } from "../../domain/training/training-provider-of.ts";
import { roundedKm, type TrainingSearchCriteria } from "../../domain/training/training-search.ts";
import { establishmentSearchText, trainingCodes } from "../../domain/training/training-search-text.ts";
import { liveTrainings, type MemoryTrainingRows, metersBetween } from "./training-rows.memory.ts";
import { WORD_SIMILARITY_THRESHOLD, wordSimilarity } from "./trigram-likeness.ts";

const byTitleThenId = (a: Training, b: Training) =>
  compareCodePoints(a.title, b.title) || compareCodePoints(a.id, b.id);

/** The live catalogue in memory (application tests, contract suites). */
export function createMemoryTrainingStore(rows: MemoryTrainingRows): TrainingStore {
  const listed = () => liveTrainings(rows).filter(isListed);
  return {
    async search(criteria) {
      const hits = listed()
        .filter((training) => matches(training, criteria))
        .flatMap((training) => {
          if (!criteria.origin) return [{ training, meters: 0 }];
          if (!training.place) return [];
          const meters = metersBetween(criteria.origin, training.place);
          return meters <= criteria.radiusKm * 1000 ? [{ training, meters }] : [];
        })
        .sort((a, b) => a.meters - b.meters || byTitleThenId(a.training, b.training));
      return {
        total: hits.length,
        hits: hits.slice(criteria.offset, criteria.offset + criteria.limit).map(({ training, meters }) => ({
          training,
          distanceKm: criteria.origin ? roundedKm(meters) : null,
        })),
      };
    },
    findListed: async (id) => listed().find((training) => training.id === id) ?? null,
    listedOfFormateur: async (siret) =>
      listed()
        .filter((training) => training.formateur.siret === siret)
        .sort(byTitleThenId),
    async findEstablishments(query, limit) {
      const bySiret = new Map<string, { trainings: Training[]; rank: number; likeness: number }>();
      for (const training of liveTrainings(rows)) {
        const found = rankOf(training, query);
        const entry = bySiret.get(training.formateur.siret) ?? { trainings: [], rank: 5, likeness: 0 };
        entry.trainings.push(training);
        if (found) entry.rank = Math.min(entry.rank, found.rank);
        if (found) entry.likeness = Math.max(entry.likeness, found.likeness);
        bySiret.set(training.formateur.siret, entry);
      }
      return [...bySiret.values()]
        .filter((entry) => entry.rank < 5)
        .map(({ trainings, rank, likeness }) => {
          const provider = trainingProviderOf(trainings as [Training, ...Training[]]);
          const { siret, legalName: name, uai, qualiopi } = provider;
          return {
            rank,
            likeness: rank === 4 ? likeness : 0,
            match: { siret, name, uai, city: provider.address.city, qualiopi },
          };
        })
        .sort(
          (a, b) =>
            a.rank - b.rank ||
            b.likeness - a.likeness ||
            compareCodePoints(a.match.name, b.match.name) ||
            compareCodePoints(a.match.siret, b.match.siret),
        )
        .slice(0, limit)
        .map(({ match }) => match);
    },
    async changedAfter(position, limit) {
      return [...rows.values()]
        .filter((row) => !position || isAfterCursor(row.training, position))
        .sort(
          (a, b) =>
            a.training.updatedAt.getTime() - b.training.updatedAt.getTime() ||
            compareCodePoints(a.training.id, b.training.id),
        )
        .slice(0, limit)
        .map(({ training, removedAt }) => ({
          training,
          status: removedAt === null && isListed(training) ? ("active" as const) : ("removed" as const),
        }));
    },
    isEmpty: async () => rows.size === 0,
  };
}

function matches(training: Training, criteria: TrainingSearchCriteria): boolean {
  const { diplomaLevel, romeCodes } = criteria;
  if (diplomaLevel !== null && training.diplomaLevel !== null && training.diplomaLevel !== diplomaLevel) return false;
  return training.romeCodes.some((code) => romeCodes.includes(code));
}

/** 0: an exact code; 1–3: textMatchRank + 1 on the search text; 4: trigram likeness only; null: no match. */
function rankOf(training: Training, query: Readonly<{ text: string; code: string }>) {
  if (query.code !== "" && trainingCodes(training).includes(query.code)) return { rank: 0, likeness: 0 };
  if (query.text === "") return null;
  const text = establishmentSearchText(training);
  const rank = textMatchRank(text, query.text);
  if (rank !== null) return { rank: rank + 1, likeness: 0 };
  const likeness = wordSimilarity(query.text, text);
  return likeness >= WORD_SIMILARITY_THRESHOLD ? { rank: 4, likeness } : null;
}
