-- The audit log filtered by organisation (the admin's filter, newest first) reads an index rather than the whole chain.
CREATE INDEX ix_audit_record_organisation ON audit_record (organisation_id, seq);
