CREATE TABLE "search_item_romes" (
	"rome" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"kind_rank" smallint NOT NULL,
	"id" text NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"sort_key" bigint NOT NULL,
	"diploma_level" text,
	"contract_mask" smallint,
	"expires_at" timestamp with time zone
) PARTITION BY LIST ("generation");
--> statement-breakpoint
CREATE TABLE "search_items" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"generation" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"rome_codes" text[] NOT NULL,
	"company_name" text NOT NULL,
	"city" text,
	"postcode" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"diploma_level" text,
	"contract_types" text[],
	"created_at" timestamp with time zone,
	"import_rank" integer,
	"expires_at" timestamp with time zone,
	"can_apply" boolean NOT NULL,
	"apply_url" text,
	"phone" text,
	"website" text,
	CONSTRAINT "search_items_kind_id_generation_pk" PRIMARY KEY("kind","id","generation")
) PARTITION BY LIST ("generation");
--> statement-breakpoint
-- Partitioned by generation (docs/adr/0019): generation 0 holds offers, partner offers and companies put before any
-- import; each company import loads its own partition unindexed, indexes it once, then attaches it.
CREATE TABLE "search_items_g0" PARTITION OF "search_items" FOR VALUES IN (0);
--> statement-breakpoint
CREATE TABLE "search_item_romes_g0" PARTITION OF "search_item_romes" FOR VALUES IN (0);
--> statement-breakpoint
CREATE TABLE "search_live_generations" (
	"kind" text PRIMARY KEY NOT NULL,
	"generation" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_item_romes_rome_latitude" ON "search_item_romes" USING btree ("rome","latitude") INCLUDE ("longitude","kind_rank","id","generation","sort_key","diploma_level","contract_mask","expires_at");--> statement-breakpoint
CREATE INDEX "search_item_romes_item" ON "search_item_romes" USING btree ("kind_rank","id");