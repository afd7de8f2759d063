DROP INDEX "memberships_org_idx";--> statement-breakpoint
CREATE INDEX "memberships_org_dates_idx" ON "memberships" USING btree ("commune_id","organization_id","joined_on","left_on");--> statement-breakpoint
CREATE INDEX "memberships_commune_person_idx" ON "memberships" USING btree ("commune_id","person_id","joined_on","left_on");