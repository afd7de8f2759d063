ALTER TABLE "units" ADD COLUMN "code" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "successor_id" uuid;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_successor_id_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_current_idx" ON "units" USING btree ("level","code") WHERE "units"."code" is not null and "units"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "units_successor_idx" ON "units" USING btree ("successor_id");