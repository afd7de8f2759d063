CREATE TABLE "festival_commendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"festival_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"household_id" uuid,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "festivals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"place" text NOT NULL,
	"programme" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"presenter" text,
	"highlights" text,
	"tasks" jsonb,
	"news_post_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "festivals_date_check" CHECK (extract(month from "festivals"."date") = 11 and extract(day from "festivals"."date") between 1 and 18 and extract(year from "festivals"."date") = "festivals"."year")
);
--> statement-breakpoint
CREATE TABLE "calendar_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"adopted_by" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"template_item_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"assignee_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"organization_id" uuid,
	"unit_path" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_template_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"audiences" jsonb NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_template_items_dates_check" CHECK ("calendar_template_items"."end_date" >= "calendar_template_items"."start_date")
);
--> statement-breakpoint
CREATE TABLE "calendar_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "festival_commendations" ADD CONSTRAINT "festival_commendations_festival_id_festivals_id_fk" FOREIGN KEY ("festival_id") REFERENCES "public"."festivals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festival_commendations" ADD CONSTRAINT "festival_commendations_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festival_commendations" ADD CONSTRAINT "festival_commendations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_news_post_id_posts_id_fk" FOREIGN KEY ("news_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_adoptions" ADD CONSTRAINT "calendar_adoptions_template_id_calendar_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."calendar_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_adoptions" ADD CONSTRAINT "calendar_adoptions_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_adoptions" ADD CONSTRAINT "calendar_adoptions_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_template_item_id_calendar_template_items_id_fk" FOREIGN KEY ("template_item_id") REFERENCES "public"."calendar_template_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tasks" ADD CONSTRAINT "calendar_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_template_items" ADD CONSTRAINT "calendar_template_items_template_id_calendar_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."calendar_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_templates" ADD CONSTRAINT "calendar_templates_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_templates" ADD CONSTRAINT "calendar_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "festival_commendations_festival_idx" ON "festival_commendations" USING btree ("festival_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "festivals_village_year_uq" ON "festivals" USING btree ("village_id","year");--> statement-breakpoint
CREATE INDEX "festivals_commune_idx" ON "festivals" USING btree ("commune_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_adoptions_uq" ON "calendar_adoptions" USING btree ("template_id","commune_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_tasks_item_assignee_uq" ON "calendar_tasks" USING btree ("template_item_id","assignee_id");--> statement-breakpoint
CREATE INDEX "calendar_tasks_commune_due_idx" ON "calendar_tasks" USING btree ("commune_id","due_date");--> statement-breakpoint
CREATE INDEX "calendar_tasks_path_idx" ON "calendar_tasks" USING btree ("unit_path","due_date");--> statement-breakpoint
CREATE INDEX "calendar_template_items_template_idx" ON "calendar_template_items" USING btree ("template_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_templates_province_year_uq" ON "calendar_templates" USING btree ("province_id","year");