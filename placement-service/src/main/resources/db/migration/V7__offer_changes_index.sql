-- "For me" ranks open offers in memory on every instance; each instance reads the published offers changed since
-- its last read about once a second (OpenOfferIndexKeeper). This index keeps that read a short range scan however
-- many offers there are; drafts never published are never indexed, so a business's draft pushes cost it nothing.
create index offer_published_changes_idx on offer (updated_at) where published_at is not null;
