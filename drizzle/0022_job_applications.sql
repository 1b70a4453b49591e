CREATE TABLE "application_response_links" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_response_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "job_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"target_kind" text NOT NULL,
	"target_id" text NOT NULL,
	"target_key" text NOT NULL,
	"target_title" text NOT NULL,
	"company_name" text NOT NULL,
	"organisation_id" text,
	"recipient_email" text NOT NULL,
	"candidate_first_name" text NOT NULL,
	"candidate_last_name" text NOT NULL,
	"candidate_email" text NOT NULL,
	"candidate_phone" text,
	"message" text NOT NULL,
	"cv_id" text,
	"cv_filename" text,
	"cv_kind" text,
	"cv_size" integer,
	"delivery_state" text NOT NULL,
	"delivered_at" timestamp with time zone,
	"scan_attempts" integer DEFAULT 0 NOT NULL,
	"scan_lease_until" timestamp with time zone,
	"answer_intention" text,
	"answer_message" text,
	"answered_at" timestamp with time zone,
	"status" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_activity_at" timestamp with time zone NOT NULL,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "job_applications_cv_whole" CHECK (("job_applications"."cv_id" is null) = ("job_applications"."cv_filename" is null) and ("job_applications"."cv_id" is null) = ("job_applications"."cv_kind" is null) and ("job_applications"."cv_id" is null) = ("job_applications"."cv_size" is null)),
	CONSTRAINT "job_applications_answer_whole" CHECK (("job_applications"."answer_intention" is null) = ("job_applications"."answered_at" is null))
);
--> statement-breakpoint
CREATE INDEX "application_response_links_application" ON "application_response_links" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "job_applications_candidate_created" ON "job_applications" USING btree (lower("candidate_email"),"created_at");--> statement-breakpoint
CREATE INDEX "job_applications_target_created" ON "job_applications" USING btree ("target_kind","target_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "job_applications_awaiting_scan" ON "job_applications" USING btree ("created_at","id") WHERE delivery_state = 'awaiting_scan';--> statement-breakpoint
CREATE INDEX "job_applications_cv_retention" ON "job_applications" USING btree ("delivered_at","id") WHERE cv_id is not null and delivery_state = 'delivered';--> statement-breakpoint
CREATE INDEX "job_applications_inactive" ON "job_applications" USING btree ("last_activity_at","id") WHERE anonymised_at is null;