-- Every stored answer updates each index of the answer table, and a commit writes every index page it
-- changed: with live rooms storing hundreds of answers a second, that was most of the database's work.
-- These two duplicate the leading columns of the unique revision indexes (and of the foreign keys' own
-- indexes), which serve the same lookups.
drop index answer_by_conversation;
drop index answer_by_room;
