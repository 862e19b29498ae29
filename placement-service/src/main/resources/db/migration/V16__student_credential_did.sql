-- The student's own DID, chosen by the student to name them in the credentials issued to them from then on
-- instead of a salted hash of their e-mail (docs/credentials.md). Never leaves placement-service but in those
-- credentials.
alter table student add column credential_did varchar(300);
