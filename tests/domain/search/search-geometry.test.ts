import { describe, expect, it } from "vitest";
import {
  boundingBox,
  inBoundingBox,
  longitudeStripOf,
  longitudeStripsOf,
} from "../../../src/domain/search/bounding-box.ts";
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

describe("longitude strips", () => {
  it("puts a longitude in the half-degree strip that holds it, boundaries in the eastern one", () => {
    expect(longitudeStripOf(2.3499)).toBe(4);
    expect(longitudeStripOf(2.5)).toBe(5);
    expect(longitudeStripOf(-0.0001)).toBe(-1);
    expect(longitudeStripOf(-180)).toBe(-360);
    expect(longitudeStripOf(180)).toBe(360);
  });

  it("lists every strip a box overlaps, so that no point of the box lies outside them", () => {
    const box = boundingBox(PARIS, 30);
    expect(longitudeStripsOf(box.longitudes)).toEqual([3, 4, 5]);
    const strips = new Set(longitudeStripsOf(box.longitudes));
    for (let longitude = 1.9; longitude <= 2.8; longitude += 0.01) {
      if (inBoundingBox(box, { latitude: PARIS.latitude, longitude })) {
        expect(strips.has(longitudeStripOf(longitude))).toBe(true);
      }
    }
  });

  it("lists both ends across the antimeridian, and none (every strip) around a pole", () => {
    expect(longitudeStripsOf({ kind: "wrapped", from: 179.2, to: -179.6 })).toEqual([-360, 358, 359, 360]);
    expect(longitudeStripsOf({ kind: "all" })).toBeNull();
  });
});
