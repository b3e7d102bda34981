-- Reports (issue 7): what each written report was made from, so the nightly job rewrites only the reports of
-- units whose figures changed. The fingerprint is a SHA-256 over the unit's aggregate rows, its indicators and
-- those of its children (what the report shows), per language and variant (published / internal).
create table report_fingerprint (
    version_id       varchar(20)  not null,
    unit_code        varchar(16)  not null,
    period           varchar(8)   not null,
    variant          varchar(12)  not null,            -- vi, en, vi-internal, en-internal
    fingerprint      char(64)     not null,
    file_path        varchar(1000) not null,
    job_execution_id bigint,
    written_at       timestamp    not null,
    primary key (version_id, unit_code, period, variant)
);
