CREATE TABLE "saved_item" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"hindi" text NOT NULL,
	"english" text DEFAULT '' NOT NULL,
	"entry_id" text,
	"context_hindi" text DEFAULT '' NOT NULL,
	"context_english" text DEFAULT '' NOT NULL,
	"passage_source" text,
	"passage_ref" text,
	"sentence" integer,
	"review" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "word_status" (
	"user_id" text NOT NULL,
	"family" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "word_status_user_id_family_pk" PRIMARY KEY("user_id","family")
);
--> statement-breakpoint
ALTER TABLE "saved_item" ADD CONSTRAINT "saved_item_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "word_status" ADD CONSTRAINT "word_status_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_item_user_kind_hindi_idx" ON "saved_item" USING btree ("user_id","kind","hindi");