CREATE TABLE "communes" (
	"insee" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"search_name" text NOT NULL,
	"kind" text NOT NULL,
	"postcodes" text[] NOT NULL,
	"department_code" text NOT NULL,
	"department_name" text NOT NULL,
	"population" integer,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "diploma_levels" (
	"level" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"short_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idcc_opcos" (
	"idcc" integer PRIMARY KEY NOT NULL,
	"opco_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "naf_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"ape_code" text,
	"level" text NOT NULL,
	"label" text NOT NULL,
	"division" text,
	"section" text NOT NULL,
	CONSTRAINT "naf_codes_ape_code_unique" UNIQUE("ape_code")
);
--> statement-breakpoint
CREATE TABLE "opcos" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"short_name" text NOT NULL,
	"siren" text,
	"website" text
);
--> statement-breakpoint
CREATE TABLE "referential_datasets" (
	"name" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rome_appellations" (
	"code" text PRIMARY KEY NOT NULL,
	"rome_code" text NOT NULL,
	"label" text NOT NULL,
	"short_label" text NOT NULL,
	"search_label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rome_fiches" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"search_label" text NOT NULL,
	"parent_code" text NOT NULL,
	"domain_code" text NOT NULL,
	"domain_label" text NOT NULL,
	"definition" jsonb NOT NULL,
	"access" jsonb NOT NULL,
	"skills" jsonb NOT NULL,
	"soft_skills" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "idcc_opcos" ADD CONSTRAINT "idcc_opcos_opco_code_opcos_code_fk" FOREIGN KEY ("opco_code") REFERENCES "public"."opcos"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rome_appellations" ADD CONSTRAINT "rome_appellations_rome_code_rome_fiches_code_fk" FOREIGN KEY ("rome_code") REFERENCES "public"."rome_fiches"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communes_search_name_trgm" ON "communes" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "communes_postcodes" ON "communes" USING gin ("postcodes");--> statement-breakpoint
CREATE INDEX "rome_appellations_search_label_trgm" ON "rome_appellations" USING gin ("search_label" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "rome_appellations_rome_code" ON "rome_appellations" USING btree ("rome_code");--> statement-breakpoint
CREATE INDEX "rome_fiches_search_label_trgm" ON "rome_fiches" USING gin ("search_label" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "rome_fiches_parent_code" ON "rome_fiches" USING btree ("parent_code");