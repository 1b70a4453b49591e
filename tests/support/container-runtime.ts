import { existsSync } from "node:fs";
import { homedir } from "node:os";

/**
 * Importing testcontainers costs ≈ 350 ms and starting a container without a runtime fails anyway
 * (docs/adr/0002), so we look for a hint of a runtime first: this check takes well under a millisecond.
 */
export function containerRuntimeHint(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.DOCKER_HOST) return `DOCKER_HOST=${env.DOCKER_HOST}`;
  const candidates = [
    "/var/run/docker.sock",
    `${homedir()}/.docker/run/docker.sock`,
    `${homedir()}/.testcontainers.properties`,
    env.XDG_RUNTIME_DIR ? `${env.XDG_RUNTIME_DIR}/podman/podman.sock` : null,
    "/run/podman/podman.sock",
  ];
  return candidates.find((path): path is string => path !== null && existsSync(path)) ?? null;
}
