-- The portal's accounts (package account): one unit each, roles as a comma-separated list, the password hashed
-- ({bcrypt}… through Spring Security's DelegatingPasswordEncoder). Who uploaded a file is received_file.uploaded_by
-- (V14), recorded through ingest's Receipts with the portal's receipt time.
create table portal_account (
    login          varchar(60)  not null primary key,
    full_name      varchar(200) not null,
    version_id     varchar(20)  not null,
    unit_code      varchar(16)  not null,
    roles          varchar(100) not null,
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamp    not null,
    foreign key (version_id, unit_code) references admin_unit
);
