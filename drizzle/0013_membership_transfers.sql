CREATE TABLE "membership_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"from_branch_id" uuid,
	"to_commune_id" uuid NOT NULL,
	"to_branch_id" uuid,
	"on" date NOT NULL,
	"note" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"decision_note" text,
	"new_membership_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "transferred_from_id" uuid;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_from_branch_id_branches_id_fk" FOREIGN KEY ("from_branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_to_commune_id_units_id_fk" FOREIGN KEY ("to_commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_to_branch_id_branches_id_fk" FOREIGN KEY ("to_branch_id") REFERENCES "public"."branches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_transfers" ADD CONSTRAINT "membership_transfers_new_membership_id_memberships_id_fk" FOREIGN KEY ("new_membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "membership_transfers_pending_idx" ON "membership_transfers" USING btree ("membership_id") WHERE "membership_transfers"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "membership_transfers_to_idx" ON "membership_transfers" USING btree ("to_commune_id","status");--> statement-breakpoint
CREATE INDEX "membership_transfers_from_idx" ON "membership_transfers" USING btree ("commune_id","status");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_transferred_from_id_memberships_id_fk" FOREIGN KEY ("transferred_from_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;