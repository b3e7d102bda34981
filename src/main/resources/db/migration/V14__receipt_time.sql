-- Receipt time (issue 16): a file's received_at is the moment genderstats first received its bytes, or a time
-- the intake channel vouches for, in the office's time zone (genderstats.time.zone); never the file's
-- modification time. receipt_channel says which: inbox (first read by an ingest run), gateway (the mail
-- gateway's receipt log beside the inbox), portal (the web upload); file_time marks files stored before this
-- version, whose received_at is their modification time as the machine's zone read it.
alter table received_file add column receipt_channel varchar(12) default 'inbox' not null;
alter table received_file add column uploaded_by varchar(100);
update received_file set receipt_channel = 'file_time';

-- Receipts an intake channel vouches for before ingest reads the file (the portal records its upload here),
-- matched by inbox path and SHA-256: an edited file is not vouched for.
create table vouched_receipt (
    inbox_path      varchar(1000) not null,
    sha256          char(64)      not null,
    received_at     timestamp     not null,          -- office time zone
    receipt_channel varchar(12)   not null,
    uploaded_by     varchar(100),
    primary key (inbox_path, sha256)
);
