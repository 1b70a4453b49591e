/**
 * The sites a candidate can ask a training centre for an appointment from (docs/PRODUCT.md §8): ours ("lba"),
 * ONISEP and Parcoursup. Each establishment, and each training, switches the service on or off per site.
 */
export const APPOINTMENT_PLATFORMS = ["lba", "onisep", "parcoursup"] as const;

export type AppointmentPlatform = (typeof APPOINTMENT_PLATFORMS)[number];

export type PlatformSwitches = Readonly<Record<AppointmentPlatform, boolean>>;

/**
 * FAQ "Comment activer le service RDVA ?": on by default for every establishment listed in the catalogue, on our
 * service and ONISEP; Parcoursup needs the CFA's own activation (its commitment to answer within 4 working days).
 */
export const DEFAULT_PLATFORM_SWITCHES: PlatformSwitches = { lba: true, onisep: true, parcoursup: false };

export function isAppointmentPlatform(value: string): value is AppointmentPlatform {
  return (APPOINTMENT_PLATFORMS as readonly string[]).includes(value);
}

/** The platforms switched on, in the fixed order lba, onisep, parcoursup. */
export function platformsOn(switches: PlatformSwitches): AppointmentPlatform[] {
  return APPOINTMENT_PLATFORMS.filter((platform) => switches[platform]);
}
