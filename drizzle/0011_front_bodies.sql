CREATE TABLE "bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"project" text,
	"term_from" integer NOT NULL,
	"term_to" integer NOT NULL,
	"elected_on" date,
	"elected_meeting_id" uuid,
	"previous_id" uuid,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bodies_term_check" CHECK ("bodies"."term_to" >= "bodies"."term_from")
);
--> statement-breakpoint
CREATE TABLE "body_attendance" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"village_id" uuid,
	"position" text NOT NULL,
	"title" text,
	"from_date" date NOT NULL,
	"until_date" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_members_dates_check" CHECK ("body_members"."until_date" is null or "body_members"."until_date" >= "body_members"."from_date")
);
--> statement-breakpoint
CREATE TABLE "body_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "supervisions" ADD COLUMN "body_id" uuid;--> statement-breakpoint
ALTER TABLE "supervisions" ADD COLUMN "plan_sent_on" date;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bodies" ADD CONSTRAINT "bodies_elected_meeting_id_meetings_id_fk" FOREIGN KEY ("elected_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_attendance" ADD CONSTRAINT "body_attendance_session_id_body_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."body_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_attendance" ADD CONSTRAINT "body_attendance_member_id_body_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."body_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_members" ADD CONSTRAINT "body_members_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_sessions" ADD CONSTRAINT "body_sessions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "body_sessions" ADD CONSTRAINT "body_sessions_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bodies_current_idx" ON "bodies" USING btree ("unit_id","kind",lower(coalesce("project", ''))) WHERE "bodies"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "bodies_path_idx" ON "bodies" USING btree ("unit_path");--> statement-breakpoint
CREATE INDEX "bodies_commune_idx" ON "bodies" USING btree ("commune_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "body_attendance_idx" ON "body_attendance" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE INDEX "body_members_body_idx" ON "body_members" USING btree ("body_id","until_date");--> statement-breakpoint
CREATE INDEX "body_sessions_body_idx" ON "body_sessions" USING btree ("body_id","held_on");--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;