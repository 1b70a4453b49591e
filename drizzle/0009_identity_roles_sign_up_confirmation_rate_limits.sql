CREATE TABLE "join_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text NOT NULL,
	"email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"phone" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_link_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "establishment_profiles" DROP CONSTRAINT "establishment_profiles_organisation_id_organisations_id_fk";
--> statement-breakpoint
DROP INDEX "organisations_open_kind_siret";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "role" text DEFAULT 'member' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sign_up_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "join_requests" ADD CONSTRAINT "join_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "join_requests_open" ON "join_requests" USING btree ("organisation_id","email") WHERE accepted_at is null;--> statement-breakpoint
CREATE INDEX "join_requests_expires_at" ON "join_requests" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "login_link_requests_requested_at" ON "login_link_requests" USING btree ("requested_at","id");--> statement-breakpoint
ALTER TABLE "establishment_profiles" ADD CONSTRAINT "establishment_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_confirmed_kind_siret" ON "organisations" USING btree ("kind","siret") WHERE closed_at is null and confirmed_at is not null;--> statement-breakpoint
CREATE INDEX "organisations_pending_expiry" ON "organisations" USING btree ("sign_up_expires_at") WHERE confirmed_at is null;--> statement-breakpoint
-- docs/adr/0015: organisations made before sign-up confirmation existed keep their SIRET (confirmed at creation).
UPDATE "organisations" SET "confirmed_at" = "created_at" WHERE "confirmed_at" IS NULL;--> statement-breakpoint
-- docs/adr/0015: the founder (oldest membership, ties by user id in byte order, as membersOf lists them) is admin.
UPDATE "memberships" AS m SET "role" = 'admin'
FROM (
  SELECT DISTINCT ON ("organisation_id") "organisation_id", "user_id"
  FROM "memberships"
  ORDER BY "organisation_id", "created_at", "user_id" COLLATE "C"
) AS founder
WHERE m."organisation_id" = founder."organisation_id" AND m."user_id" = founder."user_id";
