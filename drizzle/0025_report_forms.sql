CREATE TABLE "report_form_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"valid_from" text NOT NULL,
	"fields" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_path" text NOT NULL,
	"title" text NOT NULL,
	"period_kind" text NOT NULL,
	"fillers" jsonb NOT NULL,
	"due_days" integer DEFAULT 5 NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"archived" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"form_version" integer NOT NULL,
	"filler_id" uuid NOT NULL,
	"filler_kind" text NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"period" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"is_current" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"values" jsonb NOT NULL,
	"sources" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"return_comment" text,
	"correction_reason" text,
	"submitted_at" timestamp with time zone,
	"first_submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_form_versions" ADD CONSTRAINT "report_form_versions_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_form_versions" ADD CONSTRAINT "report_form_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forms" ADD CONSTRAINT "report_forms_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_forms" ADD CONSTRAINT "report_forms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_form_id_report_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."report_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_form_versions_uq" ON "report_form_versions" USING btree ("form_id","version");--> statement-breakpoint
CREATE INDEX "report_forms_owner_idx" ON "report_forms" USING btree ("owner_path");--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_current_uq" ON "report_submissions" USING btree ("form_id","filler_id","period") WHERE "report_submissions"."is_current";--> statement-breakpoint
CREATE UNIQUE INDEX "report_submissions_version_uq" ON "report_submissions" USING btree ("form_id","filler_id","period","version");--> statement-breakpoint
CREATE INDEX "report_submissions_form_period_idx" ON "report_submissions" USING btree ("form_id","period");--> statement-breakpoint
CREATE INDEX "report_submissions_commune_idx" ON "report_submissions" USING btree ("commune_id");