CREATE TABLE "idempotency_keys" (
	"user_id" integer NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" smallint,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_undoes_movement_id_movements_id_fk" FOREIGN KEY ("undoes_movement_id") REFERENCES "public"."movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "movements_undoes_key" ON "movements" USING btree ("undoes_movement_id");--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_grade_range" CHECK ("enrolments"."grade" between 0 and 13);--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_letter_length" CHECK (char_length("enrolments"."letter") between 1 and 2);--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_school_year_range" CHECK ("enrolments"."school_year" between 2000 and 2100);--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_status_known" CHECK ("enrolments"."status" in ('active', 'graduated', 'departed', 'pending_departure', 'pending_arrival'));--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_kind_known" CHECK ("movements"."kind" in ('admission', 'transfer', 'graduation', 'departure', 'arrival', 'study_form_change', 'correction', 'undo'));--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_undo_names_movement" CHECK (("movements"."kind" = 'undo') = ("movements"."undoes_movement_id" is not null));--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_iin_digits" CHECK ("students"."iin" ~ '^[0-9]{12}$');--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_sex_known" CHECK ("students"."sex" in ('male', 'female'));--> statement-breakpoint
-- The movement log is append-only: it is the students' trajectory and the basis of every undo.
CREATE FUNCTION "movements_reject_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'movements are append-only: % of movement % rejected', TG_OP, OLD.id USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "movements_append_only" BEFORE UPDATE OR DELETE ON "movements" FOR EACH ROW EXECUTE FUNCTION "movements_reject_change"();
