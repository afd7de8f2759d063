CREATE TABLE "housing_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"village_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"household_id" uuid,
	"head_name" text NOT NULL,
	"head_name_folded" text NOT NULL,
	"kind" text NOT NULL,
	"stage" text DEFAULT 'surveyed' NOT NULL,
	"paused_from" text,
	"pause_reason" text,
	"required_amount" bigint,
	"description" text,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"surveyed_on" date NOT NULL,
	"approved_on" date,
	"building_on" date,
	"handed_over_on" date,
	"paused_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_cases_amount_check" CHECK ("housing_cases"."required_amount" is null or "housing_cases"."required_amount" > 0),
	CONSTRAINT "housing_cases_approved_amount_check" CHECK ("housing_cases"."stage" = 'surveyed' or "housing_cases"."required_amount" is not null or ("housing_cases"."stage" = 'paused' and "housing_cases"."paused_from" = 'surveyed'))
);
--> statement-breakpoint
CREATE TABLE "housing_fundings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	"fund_id" uuid,
	"disbursement_id" uuid,
	"donor_name" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_fundings_amount_check" CHECK ("housing_fundings"."amount" > 0),
	CONSTRAINT "housing_fundings_fund_check" CHECK (("housing_fundings"."source" = 'fund') or ("housing_fundings"."fund_id" is null and "housing_fundings"."disbursement_id" is null)),
	CONSTRAINT "housing_fundings_donor_check" CHECK (("housing_fundings"."source" = 'donor') = ("housing_fundings"."donor_name" is not null))
);
--> statement-breakpoint
CREATE TABLE "housing_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"storage_key" text NOT NULL,
	"thumb_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"caption" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "housing_cases" ADD CONSTRAINT "housing_cases_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_cases" ADD CONSTRAINT "housing_cases_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_cases" ADD CONSTRAINT "housing_cases_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_cases" ADD CONSTRAINT "housing_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_fundings" ADD CONSTRAINT "housing_fundings_case_id_housing_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."housing_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_fundings" ADD CONSTRAINT "housing_fundings_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_fundings" ADD CONSTRAINT "housing_fundings_disbursement_id_disbursements_id_fk" FOREIGN KEY ("disbursement_id") REFERENCES "public"."disbursements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_fundings" ADD CONSTRAINT "housing_fundings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_photos" ADD CONSTRAINT "housing_photos_case_id_housing_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."housing_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_photos" ADD CONSTRAINT "housing_photos_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "housing_cases_commune_idx" ON "housing_cases" USING btree ("commune_id","stage");--> statement-breakpoint
CREATE INDEX "housing_cases_handed_over_idx" ON "housing_cases" USING btree ("commune_id","handed_over_on");--> statement-breakpoint
CREATE INDEX "housing_cases_household_idx" ON "housing_cases" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "housing_fundings_case_idx" ON "housing_fundings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "housing_photos_case_idx" ON "housing_photos" USING btree ("case_id","stage");