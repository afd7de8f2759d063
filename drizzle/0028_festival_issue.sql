ALTER TABLE "festivals" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "festivals" ADD COLUMN "issued_report" jsonb;--> statement-breakpoint
ALTER TABLE "festivals" ADD CONSTRAINT "festivals_document_id_outgoing_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."outgoing_documents"("id") ON DELETE no action ON UPDATE no action;