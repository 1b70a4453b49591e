import { describe, expect, it } from "vitest";
import { boundingBox, inBoundingBox } from "../../../src/domain/search/bounding-box.ts";
import { kmBetween, roundedToTenthKm } from "../../../src/domain/search/great-circle.ts";

const PARIS = { latitude: 48.853, longitude: 2.3499 };
const LYON = { latitude: 45.764, longitude: 4.8357 };

describe("kmBetween", () => {
  it.each([
    ["Paris to Lyon (earth_distance: 391.67 km)", PARIS, LYON, 391.7],
    ["a point to itself", PARIS, PARIS, 0],
    ["one degree of latitude", { latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }, 111.3],
    ["across the antimeridian", { latitude: 0, longitude: 179.9 }, { latitude: 0, longitude: -179.9 }, 22.3],
  ])("measures %s on earthdistance's sphere", (_, a, b, km) => {
    expect(roundedToTenthKm(kmBetween(a, b))).toBe(km);
  });
});

describe("boundingBox", () => {
  it("holds every point of the circle, at its edge included, and excludes the far corners", () => {
    const box = boundingBox(PARIS, 30);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      const rad = (bearing * Math.PI) / 180;
      const angle = 30 / 6378.168;
      const lat1 = (PARIS.latitude * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(rad));
      const lon2 =
        (PARIS.longitude * Math.PI) / 180 +
        Math.atan2(Math.sin(rad) * Math.sin(angle) * Math.cos(lat1), Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
      const edge = { latitude: (lat2 * 180) / Math.PI, longitude: (lon2 * 180) / Math.PI };
      expect(inBoundingBox(box, edge), `bearing ${bearing}`).toBe(true);
    }
    expect(inBoundingBox(box, { latitude: PARIS.latitude + 0.3, longitude: PARIS.longitude + 0.45 })).toBe(false);
  });

  it("wraps the longitudes across the antimeridian and drops them around a pole", () => {
    expect(boundingBox({ latitude: -17.8, longitude: 179.99 }, 30).longitudes).toMatchObject({ kind: "wrapped" });
    expect(boundingBox({ latitude: -17.8, longitude: -179.99 }, 30).longitudes).toMatchObject({ kind: "wrapped" });
    const polar = boundingBox({ latitude: 89.9, longitude: 2 }, 30);
    expect(polar).toMatchObject({ maxLatitude: 90, longitudes: { kind: "all" } });
    expect(inBoundingBox(polar, { latitude: 89.95, longitude: -178 })).toBe(true);
  });
});
