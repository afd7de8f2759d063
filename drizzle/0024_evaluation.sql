CREATE TABLE "evaluation_criteria_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"province_path" text NOT NULL,
	"year" integer NOT NULL,
	"target" text NOT NULL,
	"title" text NOT NULL,
	"pass_score" integer NOT NULL,
	"groups" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_criteria_sets_pass_check" CHECK ("evaluation_criteria_sets"."pass_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"attendance" integer NOT NULL,
	"chair_name" text NOT NULL,
	"secretary_name" text NOT NULL,
	"note" text,
	"confirmed_on" date,
	"document_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_meetings_attendance_check" CHECK ("evaluation_meetings"."attendance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"household_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"registered_on" date NOT NULL,
	"result" text,
	"meeting_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"target" text NOT NULL,
	"scores" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"stage" text NOT NULL,
	"return_comment" text,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_scorecards_total_check" CHECK ("evaluation_scorecards"."total" >= 0)
);
--> statement-breakpoint
ALTER TABLE "evaluation_criteria_sets" ADD CONSTRAINT "evaluation_criteria_sets_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_criteria_sets" ADD CONSTRAINT "evaluation_criteria_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_meetings" ADD CONSTRAINT "evaluation_meetings_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_meetings" ADD CONSTRAINT "evaluation_meetings_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_meetings" ADD CONSTRAINT "evaluation_meetings_document_id_outgoing_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_meetings" ADD CONSTRAINT "evaluation_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_registrations" ADD CONSTRAINT "evaluation_registrations_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_registrations" ADD CONSTRAINT "evaluation_registrations_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_registrations" ADD CONSTRAINT "evaluation_registrations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_registrations" ADD CONSTRAINT "evaluation_registrations_meeting_id_evaluation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."evaluation_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_registrations" ADD CONSTRAINT "evaluation_registrations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_set_id_evaluation_criteria_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."evaluation_criteria_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_criteria_sets_uq" ON "evaluation_criteria_sets" USING btree ("province_id","year","target");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_meetings_village_year_uq" ON "evaluation_meetings" USING btree ("commune_id","village_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_registrations_household_year_uq" ON "evaluation_registrations" USING btree ("commune_id","household_id","year");--> statement-breakpoint
CREATE INDEX "evaluation_registrations_village_idx" ON "evaluation_registrations" USING btree ("village_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scorecards_uq" ON "evaluation_scorecards" USING btree ("set_id","unit_id");--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_commune_idx" ON "evaluation_scorecards" USING btree ("commune_id");