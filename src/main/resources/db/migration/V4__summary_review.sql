-- The facilitator's edits of a computed summary (the ambition text, themes marked as agreed), kept apart
-- from the computation so that they survive new answers.
create table summary_review (
    id               varchar(100) primary key,
    version          bigint       not null,
    collaboration_id varchar(36)  not null references collaboration (id) on delete cascade,
    dialogue_id      varchar(60)  not null,
    ambition         clob,
    agreed_themes    clob         not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(60)  not null
);
