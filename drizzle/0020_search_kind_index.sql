-- The jobs search counts every kind in one pass and then reads only the kinds its page shows (docs/adr/0019):
-- kind_rank joins the index's keys, between the ROME code and the latitude band.
DROP INDEX "search_item_romes_rome_latitude";--> statement-breakpoint
CREATE INDEX "search_item_romes_rome_kind_latitude" ON "search_item_romes" USING btree ("rome","kind_rank","latitude") INCLUDE ("longitude","x","y","z","generation","sort_key","contract_mask","expires_at","id","diploma_level","lower_romes");
