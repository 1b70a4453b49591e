-- The jobs search reads a box strip by strip (docs/adr/0019): a latitude band alone spans the whole country, so a
-- rural search read thousands of index tuples for a hundred results. Rows already there get their strip here;
-- new rows get it from the application (src/domain/search/bounding-box.ts, floor(longitude / 0.5°)). A company
-- generation being filled while this runs (not attached yet) lacks the column: its import fails at the swap, and
-- the next one drops it and starts again. The migrations run in one transaction on a connection that has the
-- service's statement timeout (5 s): rewriting a national read model takes longer, so this one lifts it for itself.
SET LOCAL statement_timeout = 0;--> statement-breakpoint
ALTER TABLE "search_item_romes" ADD COLUMN "longitude_strip" smallint;--> statement-breakpoint
UPDATE "search_item_romes" SET "longitude_strip" = floor("longitude" / 0.5)::smallint;--> statement-breakpoint
ALTER TABLE "search_item_romes" ALTER COLUMN "longitude_strip" SET NOT NULL;--> statement-breakpoint
DROP INDEX "search_item_romes_rome_kind_latitude";--> statement-breakpoint
CREATE INDEX "search_item_romes_rome_kind_strip_latitude" ON "search_item_romes" USING btree ("rome","kind_rank","longitude_strip","latitude") INCLUDE ("longitude","x","y","z","generation","sort_key","contract_mask","expires_at","id","diploma_level","lower_romes");
