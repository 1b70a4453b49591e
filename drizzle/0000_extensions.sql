-- Geo (earthdistance needs cube) and trigram search run in the database on both PGlite and PostgreSQL.
-- On PostgreSQL 15, earthdistance can only be created by a superuser (see docs/adr/0002).
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
