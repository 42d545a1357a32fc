-- A room records the version of the dialogue it follows, as a conversation does, so that a changed dialogue
-- file under a room in session is noticed: the room goes on where its nodes still exist and says so.
-- Every shipped dialogue was at version 1 when rooms began.
alter table room add column dialogue_version int default 1 not null;
