import { createCronerJobCalendar } from "../../src/adapters/system/job-calendar.croner.ts";
import { jobCalendarContract } from "./job-calendar.contract.ts";

// The croner adapter is pure computation, in process: no fake stands in for it, the application tests use it too.
jobCalendarContract("croner", createCronerJobCalendar("Europe/Paris"));
