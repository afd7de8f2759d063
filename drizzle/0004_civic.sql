CREATE TABLE "outgoing_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"issuer_id" uuid NOT NULL,
	"issuer_path" text NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"summary" text NOT NULL,
	"signer" text,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source_kind" text DEFAULT 'manual' NOT NULL,
	"source_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outgoing_documents_seq_check" CHECK ("outgoing_documents"."seq" > 0)
);
--> statement-breakpoint
CREATE TABLE "register_counters" (
	"issuer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"type_code" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "register_counters_issuer_id_year_type_code_pk" PRIMARY KEY("issuer_id","year","type_code")
);
--> statement-breakpoint
CREATE TABLE "meeting_conclusions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"task_id" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_delegates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"organization" text,
	"organization_id" uuid,
	"user_id" uuid,
	"attended" boolean
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"village_id" uuid,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text,
	"place" text,
	"chair" text,
	"chair_title" text,
	"secretary" text,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"expected_count" integer,
	"present_count" integer,
	"minutes" text,
	"invitation_doc_id" uuid,
	"minutes_doc_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_counts_check" CHECK (coalesce("meetings"."present_count", 0) >= 0 and coalesce("meetings"."expected_count", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "petition_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"date" date NOT NULL,
	"note" text,
	"document" text,
	"meeting_id" uuid,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"village_id" uuid,
	"meeting_id" uuid,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"content" text NOT NULL,
	"field" text NOT NULL,
	"agency" text NOT NULL,
	"agency_name" text,
	"due_date" date,
	"status" text DEFAULT 'received' NOT NULL,
	"received_at" date NOT NULL,
	"submitter_name" text,
	"submitter_contact" text,
	"submitter_address" text,
	"forwarded_at" date,
	"forward_document" text,
	"answer" text,
	"answer_document" text,
	"answered_at" date,
	"answer_public" boolean DEFAULT true NOT NULL,
	"closed_at" date,
	"closed_meeting_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petitions_answer_check" CHECK ("petitions"."status" not in ('answered', 'closed') or "petitions"."answer" is not null)
);
--> statement-breakpoint
CREATE TABLE "consultation_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"ref" text NOT NULL,
	"heading" text,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"author_kind" text DEFAULT 'person' NOT NULL,
	"author" text NOT NULL,
	"organization_id" uuid,
	"meeting_id" uuid,
	"source" text NOT NULL,
	"content" text NOT NULL,
	"contact" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"title" text NOT NULL,
	"requested_by" text,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"public" boolean DEFAULT true NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"date" date NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"supervision_id" uuid NOT NULL,
	"commune_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content" text NOT NULL,
	"addressee" text NOT NULL,
	"due_date" date,
	"status" text DEFAULT 'issued' NOT NULL,
	"sent_at" date,
	"answer" text,
	"answered_at" date,
	"closed_at" date,
	"closing_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_recommendations_answer_check" CHECK ("supervision_recommendations"."status" not in ('answered', 'closed') or "supervision_recommendations"."answer" is not null)
);
--> statement-breakpoint
CREATE TABLE "supervisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"kind" text DEFAULT 'supervision' NOT NULL,
	"subject" text NOT NULL,
	"target" text,
	"content" text,
	"team" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"findings" text,
	"plan_doc_id" uuid,
	"report_doc_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervisions_dates_check" CHECK ("supervisions"."end_date" >= "supervisions"."start_date")
);
--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_issuer_id_units_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outgoing_documents" ADD CONSTRAINT "outgoing_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "register_counters" ADD CONSTRAINT "register_counters_issuer_id_units_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_task_id_campaign_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."campaign_tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_delegates" ADD CONSTRAINT "meeting_delegates_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_delegates" ADD CONSTRAINT "meeting_delegates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_delegates" ADD CONSTRAINT "meeting_delegates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_invitation_doc_id_outgoing_documents_id_fk" FOREIGN KEY ("invitation_doc_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_minutes_doc_id_outgoing_documents_id_fk" FOREIGN KEY ("minutes_doc_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_closed_meeting_id_meetings_id_fk" FOREIGN KEY ("closed_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_articles" ADD CONSTRAINT "consultation_articles_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_article_id_consultation_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."consultation_articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_recommendation_id_supervision_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."supervision_recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_events" ADD CONSTRAINT "supervision_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_recommendations" ADD CONSTRAINT "supervision_recommendations_supervision_id_supervisions_id_fk" FOREIGN KEY ("supervision_id") REFERENCES "public"."supervisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_plan_doc_id_outgoing_documents_id_fk" FOREIGN KEY ("plan_doc_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_report_doc_id_outgoing_documents_id_fk" FOREIGN KEY ("report_doc_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisions" ADD CONSTRAINT "supervisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outgoing_documents_number_idx" ON "outgoing_documents" USING btree ("issuer_id","year","type_code","seq");--> statement-breakpoint
CREATE INDEX "outgoing_documents_source_idx" ON "outgoing_documents" USING btree ("source_kind","source_id");--> statement-breakpoint
CREATE INDEX "outgoing_documents_path_idx" ON "outgoing_documents" USING btree ("issuer_path","date");--> statement-breakpoint
CREATE INDEX "meeting_conclusions_meeting_idx" ON "meeting_conclusions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meeting_delegates_meeting_idx" ON "meeting_delegates" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meetings_commune_idx" ON "meetings" USING btree ("commune_id","date");--> statement-breakpoint
CREATE INDEX "meetings_path_idx" ON "meetings" USING btree ("unit_path","date");--> statement-breakpoint
CREATE INDEX "petition_events_petition_idx" ON "petition_events" USING btree ("petition_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_code_idx" ON "petitions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "petitions_commune_idx" ON "petitions" USING btree ("commune_id","status");--> statement-breakpoint
CREATE INDEX "petitions_path_idx" ON "petitions" USING btree ("unit_path");--> statement-breakpoint
CREATE INDEX "petitions_meeting_idx" ON "petitions" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_articles_ref_idx" ON "consultation_articles" USING btree ("consultation_id","ref");--> statement-breakpoint
CREATE INDEX "consultation_articles_pos_idx" ON "consultation_articles" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE INDEX "consultation_comments_article_idx" ON "consultation_comments" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultations_commune_idx" ON "consultations" USING btree ("commune_id","deadline");--> statement-breakpoint
CREATE INDEX "supervision_events_recommendation_idx" ON "supervision_events" USING btree ("recommendation_id","at");--> statement-breakpoint
CREATE INDEX "supervision_recommendations_supervision_idx" ON "supervision_recommendations" USING btree ("supervision_id","position");--> statement-breakpoint
CREATE INDEX "supervisions_commune_idx" ON "supervisions" USING btree ("commune_id","start_date");