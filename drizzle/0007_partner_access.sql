CREATE TABLE "partner_api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"partner_name" text NOT NULL,
	"key_hash" text NOT NULL,
	"quota_limit" integer NOT NULL,
	"quota_window_ms" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "partner_api_keys_key_hash_unique" UNIQUE("key_hash"),
	CONSTRAINT "partner_api_keys_quota_positive" CHECK ("partner_api_keys"."quota_limit" > 0 and "partner_api_keys"."quota_window_ms" > 0),
	CONSTRAINT "partner_api_keys_key_hash_sha256" CHECK ("partner_api_keys"."key_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "training_providers" ADD COLUMN "contact_email" text;