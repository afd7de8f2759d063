ALTER TABLE "donations" ADD COLUMN "public_anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Petition audit rows written before the sender's name was kept out of them (issue 12, item 6).
UPDATE "audit_log" SET "after" = jsonb_set("after", '{submitterName}', '"(có)"') WHERE "entity" = 'petition' AND "action" = 'petition.create' AND jsonb_typeof("after"->'submitterName') = 'string';
