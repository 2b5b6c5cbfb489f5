CREATE TABLE "school_moves" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"student_id" bigint NOT NULL,
	"enrolment_id" bigint NOT NULL,
	"from_organization_id" integer NOT NULL,
	"to_organization_id" integer NOT NULL,
	"state" text NOT NULL,
	"departure_movement_id" bigint,
	"resolution_movement_id" bigint,
	"decision_reason" text,
	"requested_by_user_id" integer,
	"decided_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "enrolments" ADD COLUMN "departure" jsonb;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_enrolment_id_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_departure_movement_id_movements_id_fk" FOREIGN KEY ("departure_movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_resolution_movement_id_movements_id_fk" FOREIGN KEY ("resolution_movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_moves" ADD CONSTRAINT "school_moves_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "school_moves_to_idx" ON "school_moves" USING btree ("to_organization_id","state");--> statement-breakpoint
CREATE INDEX "school_moves_from_idx" ON "school_moves" USING btree ("from_organization_id","state");--> statement-breakpoint
CREATE INDEX "school_moves_student_idx" ON "school_moves" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "school_moves_one_pending_per_student" ON "school_moves" USING btree ("student_id") WHERE state = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "school_moves_one_request_per_school" ON "school_moves" USING btree ("student_id","to_organization_id") WHERE state = 'requested';