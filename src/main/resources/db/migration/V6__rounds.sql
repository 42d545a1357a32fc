-- A collaboration can hold the same dialogue again: a round per (collaboration, dialogue), numbered 1, 2, …,
-- with a label and the moment it was opened. Invitations and rooms belong to a round; so does a conversation
-- started from an invitation (anonymous conversations belong to none).
create table collaboration_round (
    id               varchar(36)  primary key,
    collaboration_id varchar(36)  not null references collaboration (id) on delete cascade,
    dialogue_id      varchar(60)  not null,
    number           int          not null,
    label            varchar(100) not null,
    opened_at        timestamp with time zone not null,
    constraint round_number_unique unique (collaboration_id, dialogue_id, number)
);

alter table invitation add column round_id varchar(36) references collaboration_round (id) on delete cascade;
alter table room add column round_id varchar(36) references collaboration_round (id) on delete cascade;
alter table conversation add column round_id varchar(36) references collaboration_round (id) on delete cascade;

-- What there is becomes round 1 of its (collaboration, dialogue), opened when its first invitation or room was.
-- Its id is the smallest id among those invitations and rooms: already a random UUID, unique, and written in SQL
-- that H2 and PostgreSQL both run (they share no function that makes a new UUID).
insert into collaboration_round (id, collaboration_id, dialogue_id, number, label, opened_at)
select min(t.id), t.collaboration_id, t.dialogue_id, 1, '', min(t.created_at)
from (select id, collaboration_id, dialogue_id, created_at from invitation
      union all
      select id, collaboration_id, dialogue_id, created_at from room) t
group by t.collaboration_id, t.dialogue_id;

update invitation set round_id = (select r.id from collaboration_round r
    where r.collaboration_id = invitation.collaboration_id and r.dialogue_id = invitation.dialogue_id and r.number = 1);
update room set round_id = (select r.id from collaboration_round r
    where r.collaboration_id = room.collaboration_id and r.dialogue_id = room.dialogue_id and r.number = 1);
update conversation set round_id = (select i.round_id from invitation i where i.id = conversation.invitation_id)
    where invitation_id is not null;

alter table invitation alter column round_id set not null;
alter table room alter column round_id set not null;
