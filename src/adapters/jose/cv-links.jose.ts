import { jwtVerify, SignJWT } from "jose";
import type { CvDownloadLinks } from "../../application/job-application/ports.ts";

const ALGORITHM = "HS256";
const ISSUER = "la-bonne-alternance";
const AUDIENCE = "la-bonne-alternance/cv";

/**
 * CV download links as compact JWS, HS256 with a key of their own derived from the session secret (a CV link is
 * never an access token, and the other way round): `sub` is the application, `exp` the link's end.
 */
export function createJoseCvLinks(options: { secret: string }): CvDownloadLinks {
  const key = new TextEncoder().encode(`cv-download-links:${options.secret}`);
  return {
    issue(applicationId, expiresAt) {
      return new SignJWT({})
        .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
        .setSubject(applicationId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
    },
    async verify(token, now) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: now,
          requiredClaims: ["sub", "exp"],
        });
        return payload.sub ?? null;
      } catch {
        return null; // malformed, forged or expired: all the same to the caller
      }
    },
  };
}
