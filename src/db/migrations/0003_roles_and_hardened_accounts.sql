CREATE TABLE "login_throttles" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	CONSTRAINT "login_throttles_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "csrf_token" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "territory_kato" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_territory_kato_territories_kato_fk" FOREIGN KEY ("territory_kato") REFERENCES "public"."territories"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_created_idx" ON "events" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "events_name_idx" ON "events" USING btree ("name","created_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_matches_role" CHECK (("users"."role" = 'operator' and "users"."organization_id" is not null and "users"."territory_kato" is null)
        or ("users"."role" in ('district', 'region') and "users"."territory_kato" is not null and "users"."organization_id" is null)
        or ("users"."role" in ('ministry', 'admin') and "users"."organization_id" is null and "users"."territory_kato" is null));