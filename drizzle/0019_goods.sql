CREATE TABLE "goods_counters" (
	"commune_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "goods_counters_commune_id_warehouse_id_year_kind_pk" PRIMARY KEY("commune_id","warehouse_id","year","kind")
);
--> statement-breakpoint
CREATE TABLE "goods_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goods_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"slip_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"quantity" bigint NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	"counted" bigint,
	"reason" text,
	CONSTRAINT "goods_lines_counted_check" CHECK ("goods_lines"."counted" is null or "goods_lines"."counted" >= 0)
);
--> statement-breakpoint
CREATE TABLE "goods_slips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"date" date NOT NULL,
	"donor_name" text,
	"public_anonymous" boolean DEFAULT false NOT NULL,
	"village_id" uuid,
	"recipient" text,
	"decision_ref" text,
	"unit_path" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "goods_warehouses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commune_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goods_counters" ADD CONSTRAINT "goods_counters_warehouse_id_goods_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."goods_warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_items" ADD CONSTRAINT "goods_items_warehouse_id_goods_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."goods_warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_lines" ADD CONSTRAINT "goods_lines_slip_id_goods_slips_id_fk" FOREIGN KEY ("slip_id") REFERENCES "public"."goods_slips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_lines" ADD CONSTRAINT "goods_lines_item_id_goods_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."goods_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_slips" ADD CONSTRAINT "goods_slips_warehouse_id_goods_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."goods_warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_slips" ADD CONSTRAINT "goods_slips_village_id_units_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_slips" ADD CONSTRAINT "goods_slips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_slips" ADD CONSTRAINT "goods_slips_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_warehouses" ADD CONSTRAINT "goods_warehouses_commune_id_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goods_warehouses" ADD CONSTRAINT "goods_warehouses_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goods_items_name_idx" ON "goods_items" USING btree ("commune_id","warehouse_id","name","unit");--> statement-breakpoint
CREATE INDEX "goods_lines_slip_idx" ON "goods_lines" USING btree ("slip_id");--> statement-breakpoint
CREATE INDEX "goods_lines_item_idx" ON "goods_lines" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "goods_slips_number_idx" ON "goods_slips" USING btree ("commune_id","warehouse_id","kind","year","seq");--> statement-breakpoint
CREATE INDEX "goods_slips_warehouse_date_idx" ON "goods_slips" USING btree ("warehouse_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "goods_warehouses_fund_idx" ON "goods_warehouses" USING btree ("commune_id","fund_id");