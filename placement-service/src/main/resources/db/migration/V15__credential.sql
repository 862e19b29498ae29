-- Verifiable credentials (Open Badges 3.0, VC-JWT) issued for completed placements, and the keys they are signed
-- with (docs/credentials.md).

-- Signing keys (ES256). The public key is published (JWKS, did:web documents) for as long as a credential it signed
-- may be presented, so rows are never deleted; a retired key signs nothing new. The private key is stored sealed:
-- AES-256-GCM under practica.credentials.key-encryption-key, the key id as associated data.
create table credential_key (
    kid                varchar(64)  primary key,
    algorithm          varchar(16)  not null,
    public_jwk         text         not null,
    private_key_sealed bytea        not null,
    created_at         timestamptz  not null,
    retired_at         timestamptz
);

-- At most one key signs at a time
create unique index credential_key_one_active on credential_key ((true)) where retired_at is null;

-- Positions in the Bitstring Status Lists: list = position / list size, index = position % list size
create sequence credential_status_position as bigint minvalue 0 start with 0;

-- One credential per placement (the unique key makes a re-run issue nothing new)
create table credential (
    id              uuid         primary key,
    placement_id    uuid         not null unique,
    student_id      uuid         not null,
    school_id       uuid         not null,
    business_id     uuid         not null,
    status_list     integer      not null,
    status_index    integer      not null,
    kid             varchar(64)  not null references credential_key (kid),
    achievement     varchar(500) not null,
    jwt             text         not null,
    issued_at       timestamptz  not null,
    shared          boolean      not null default false,
    revoked_at      timestamptz,
    unique (status_list, status_index)
);

create index credential_student_idx on credential (student_id, issued_at desc);
create index credential_revoked_idx on credential (status_list) where revoked_at is not null;
