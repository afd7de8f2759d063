CREATE TABLE "entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"commune_id" uuid NOT NULL,
	"organization_id" uuid,
	"round_assignment_id" uuid,
	"date" date NOT NULL,
	"value" bigint NOT NULL,
	"denominator" bigint,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text,
	CONSTRAINT "entries_ratio_check" CHECK ("entries"."denominator" is null or ("entries"."denominator" > 0 and "entries"."value" >= 0 and "entries"."value" <= "entries"."denominator"))
);
--> statement-breakpoint
CREATE TABLE "entry_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entry_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_path" text NOT NULL,
	"commune_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit_label" text NOT NULL,
	"aggregation" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_aggregation_check" CHECK ("indicators"."aggregation" in ('sum','count','ratio'))
);
--> statement-breakpoint
CREATE TABLE "reporting_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "round_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"organization_id" uuid,
	"indicator_ids" jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reopened_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"commune_id" uuid,
	"organization_id" uuid,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"value" bigint NOT NULL,
	"assigned_by_unit_id" uuid,
	"assigned_by_body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_period_check" CHECK ("targets"."period_from" <= "targets"."period_to"),
	CONSTRAINT "targets_value_check" CHECK ("targets"."value" >= 0),
	CONSTRAINT "targets_assigned_by_check" CHECK (("targets"."assigned_by_unit_id" is null) <> ("targets"."assigned_by_body" is null))
);
--> statement-breakpoint
CREATE TABLE "campaign_indicators" (
	"campaign_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "campaign_indicators_campaign_id_indicator_id_pk" PRIMARY KEY("campaign_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_organization_id" uuid,
	"deadline" date,
	"status" text DEFAULT 'todo' NOT NULL,
	"self_assigned" boolean DEFAULT false NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_tasks_status_check" CHECK ("campaign_tasks"."status" in ('todo','in_progress','done','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_period_check" CHECK ("campaigns"."period_from" <= "campaigns"."period_to")
);
--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_round_assignment_id_round_assignments_id_fk" FOREIGN KEY ("round_assignment_id") REFERENCES "public"."round_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entries" ADD CONSTRAINT "entries_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entry_files" ADD CONSTRAINT "entry_files_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_owner_unit_id_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_rounds" ADD CONSTRAINT "reporting_rounds_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignments" ADD CONSTRAINT "round_assignments_round_id_reporting_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."reporting_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignments" ADD CONSTRAINT "round_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignments" ADD CONSTRAINT "round_assignments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assignments" ADD CONSTRAINT "round_assignments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_assigned_by_unit_id_units_id_fk" FOREIGN KEY ("assigned_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_indicators" ADD CONSTRAINT "campaign_indicators_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_indicators" ADD CONSTRAINT "campaign_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tasks" ADD CONSTRAINT "campaign_tasks_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tasks" ADD CONSTRAINT "campaign_tasks_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tasks" ADD CONSTRAINT "campaign_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "entries_indicator_path_date_idx" ON "entries" USING btree ("indicator_id","unit_path","date");--> statement-breakpoint
CREATE INDEX "entries_commune_date_idx" ON "entries" USING btree ("commune_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_owner_code_idx" ON "indicators" USING btree ("owner_unit_id","code");--> statement-breakpoint
CREATE INDEX "indicators_owner_path_idx" ON "indicators" USING btree ("owner_path");--> statement-breakpoint
CREATE INDEX "reporting_rounds_commune_idx" ON "reporting_rounds" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "round_assignments_round_idx" ON "round_assignments" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "round_assignments_unit_idx" ON "round_assignments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "targets_indicator_unit_idx" ON "targets" USING btree ("indicator_id","unit_id");--> statement-breakpoint
CREATE INDEX "targets_unit_path_idx" ON "targets" USING btree ("unit_path");--> statement-breakpoint
CREATE INDEX "campaign_tasks_campaign_idx" ON "campaign_tasks" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_tasks_commune_deadline_idx" ON "campaign_tasks" USING btree ("commune_id","deadline");--> statement-breakpoint
CREATE INDEX "campaigns_commune_idx" ON "campaigns" USING btree ("commune_id");