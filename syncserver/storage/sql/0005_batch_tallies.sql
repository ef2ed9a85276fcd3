-- 0005_batch_tallies: the per-row insert trigger of 0001 parsed every response's answers with
-- json_each and upserted each yes/no answer separately: 7,500 upserts for a sync batch of 500.
-- response_store.cpp (TallyBatch) now adds the same counts in the same transaction, summed per
-- batch. tests/server/tst_tallies.cpp checks that the tallies still equal a recount after every
-- kind of insert. The delete trigger and the immutability trigger stay.
DROP TRIGGER responses_tally_insert;
