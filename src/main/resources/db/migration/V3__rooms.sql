-- A live group session of one dialogue for one collaboration. The state is the group's engine state (the
-- step the room is at and the answers the group decided on); phase is answering or revealed.
create table room (
    id               varchar(36)  primary key,
    version          bigint       not null,
    collaboration_id varchar(36)  not null references collaboration (id) on delete cascade,
    dialogue_id      varchar(60)  not null,
    language         varchar(5)   not null,
    join_code        varchar(6)   not null,
    status           varchar(10)  not null,
    phase            varchar(10)  not null,
    reveal_names     boolean      not null,
    state            clob         not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index room_by_join_code on room (join_code, status);

create table room_participant (
    id            varchar(36)  primary key,
    room_id       varchar(36)  not null references room (id) on delete cascade,
    token_hash    varchar(64)  not null unique,
    name          varchar(100) not null,
    organisation  varchar(150) not null,
    invitation_id varchar(36)  references invitation (id) on delete set null,
    joined_at     timestamp with time zone not null
);

-- The answer log takes room answers too: one of conversation or room is set.
alter table answer alter column conversation_id set null;
alter table answer add column room_id varchar(36) references room (id) on delete cascade;
alter table answer add column participant_id varchar(36) references room_participant (id) on delete cascade;
alter table answer drop constraint answer_revision_unique;
create index answer_by_room on answer (room_id, step_id);
create unique index answer_conversation_revision on answer (conversation_id, step_id, revision);
create unique index answer_room_revision on answer (room_id, participant_id, step_id, revision);
