import { jwtVerify, SignJWT } from "jose";
import type { AccessTokenClaims, AccessTokens } from "../../application/identity/ports.ts";

const ALGORITHM = "HS256";
const ISSUER = "la-bonne-alternance";
const AUDIENCE = "la-bonne-alternance/api";

/**
 * Access tokens as compact JWS (RFC 7519), HS256 with SESSION_SECRET: `sub` is the user, `sid` the session.
 * The signature and `exp` are checked here; whether the session still lives is the use case's business.
 */
export function createJoseAccessTokens(options: { secret: string }): AccessTokens {
  const key = new TextEncoder().encode(options.secret);
  return {
    async issue(claims, { issuedAt, expiresAt }) {
      return new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(seconds(issuedAt))
        .setExpirationTime(seconds(expiresAt))
        .sign(key);
    },
    async verify(token, now) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
          currentDate: now,
          requiredClaims: ["sub", "exp", "sid"],
        });
        return typeof payload.sid === "string" && payload.sub ? toClaims(payload.sid, payload.sub) : null;
      } catch {
        return null; // malformed, forged, or expired: all the same to the caller
      }
    },
  };
}

function toClaims(sessionId: string, userId: string): AccessTokenClaims {
  return { sessionId, userId };
}

function seconds(instant: Date): number {
  return Math.floor(instant.getTime() / 1000);
}
