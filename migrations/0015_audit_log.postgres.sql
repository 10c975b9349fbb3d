-- The audit log of every staff action: what it is about (a publication, an account, a page) and the fields it
-- changed. `fields` names them (a JSON array of the msgids of their labels); `changes` holds their values before and after as JSON
-- ([["Position", "before", "after"], …]) — never a password, a contact or an address, whose change is recorded by
-- the field's name only. Append-only: a row is never changed, except that a deleted publication's values are erased
-- from the rows about it (`changes` and `detail` emptied, `erased` set); rows go after the audit retention period.
ALTER TABLE audit_log ADD COLUMN subject TEXT NOT NULL DEFAULT 'publication';
ALTER TABLE audit_log ADD COLUMN subject_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_log ADD COLUMN fields TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN changes TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN erased BIGINT NOT NULL DEFAULT 0;
UPDATE audit_log SET subject_id = publication_id;
UPDATE audit_log SET subject = 'account', subject_id = CAST(substr(detail, 9) AS BIGINT), detail = ''
WHERE publication_id = 0 AND detail LIKE 'account %';
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_subject ON audit_log (subject, subject_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.actor_id IS DISTINCT FROM OLD.actor_id
        OR NEW.action IS DISTINCT FROM OLD.action OR NEW.subject IS DISTINCT FROM OLD.subject
        OR NEW.subject_id IS DISTINCT FROM OLD.subject_id OR NEW.at IS DISTINCT FROM OLD.at
        OR NEW.fields IS DISTINCT FROM OLD.fields OR NEW.publication_id IS DISTINCT FROM OLD.publication_id
        OR NEW.erased = 0 OR NEW.changes <> '' OR NEW.detail <> '' THEN
        RAISE EXCEPTION 'the audit log is append-only';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
