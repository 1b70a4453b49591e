-- The jobs search computes distances from unit vectors and finds an item matched by several codes once, without
-- grouping (docs/adr/0019). Rows already there get their vectors and lower codes here; new rows get them from the
-- application (src/domain/search/great-circle.ts).
ALTER TABLE "search_item_romes" ADD COLUMN "x" double precision;--> statement-breakpoint
ALTER TABLE "search_item_romes" ADD COLUMN "y" double precision;--> statement-breakpoint
ALTER TABLE "search_item_romes" ADD COLUMN "z" double precision;--> statement-breakpoint
ALTER TABLE "search_item_romes" ADD COLUMN "lower_romes" text[];--> statement-breakpoint
UPDATE "search_item_romes" r SET
  "x" = cos(radians(r.latitude)) * cos(radians(r.longitude)),
  "y" = cos(radians(r.latitude)) * sin(radians(r.longitude)),
  "z" = sin(radians(r.latitude)),
  "lower_romes" = nullif(array(
    SELECT c FROM "search_items" i, unnest(i.rome_codes) c
     WHERE i.kind = (CASE r.kind_rank WHEN 0 THEN 'offer' WHEN 1 THEN 'partner_offer' ELSE 'company' END)
       AND i.id = r.id AND i.generation = r.generation AND c < r.rome ORDER BY c), '{}');--> statement-breakpoint
ALTER TABLE "search_item_romes" ALTER COLUMN "x" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "search_item_romes" ALTER COLUMN "y" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "search_item_romes" ALTER COLUMN "z" SET NOT NULL;--> statement-breakpoint
DROP INDEX "search_item_romes_rome_latitude";--> statement-breakpoint
CREATE INDEX "search_item_romes_rome_latitude" ON "search_item_romes" USING btree ("rome","latitude") INCLUDE ("longitude","x","y","z","kind_rank","id","generation","sort_key","diploma_level","contract_mask","expires_at","lower_romes");
