import type { PlaceQuery, PlaceUnknown } from "../../domain/referential/place.ts";
import type { GeoPoint } from "../../domain/shared/geo-point.ts";
import { err, ok, type Result } from "../../domain/shared/result.ts";
import type { CommuneReferential } from "./ports.ts";

/**
 * A search's centre (docs/API.md "Places"): the coordinates as given, a commune's centroid, or the centroid of
 * the most populous commune of a postcode (CommuneReferential.search orders a full postcode's communes by
 * population); null when the query names no place.
 */
export function resolvePlace(deps: { communeReferential: CommuneReferential }) {
  return async (place: PlaceQuery): Promise<Result<GeoPoint | null, PlaceUnknown>> => {
    switch (place.kind) {
      case "none":
        return ok(null);
      case "point":
        return ok(place.point);
      case "insee": {
        const commune = await deps.communeReferential.findByInsee(place.insee);
        return commune ? ok(centroidOf(commune)) : err({ code: "PLACE_UNKNOWN", path: "insee", value: place.insee });
      }
      case "postcode": {
        const communes = await deps.communeReferential.search(place.postcode, 20);
        const commune = communes.find((candidate) => candidate.postcodes.includes(place.postcode));
        return commune
          ? ok(centroidOf(commune))
          : err({ code: "PLACE_UNKNOWN", path: "postcode", value: place.postcode });
      }
    }
  };
}

function centroidOf(commune: Readonly<{ latitude: number; longitude: number }>): GeoPoint {
  return { latitude: commune.latitude, longitude: commune.longitude } as GeoPoint;
}
