-- What the order of a run's outcome rows costs when they are copied into round_assignment (docs/benchmarks.md,
-- "Eleventh pass"): the finished national round's rows, written out once in the inputs' order (students by
-- pseudonym, so random in student_id) and once by student_id, each copied twice into an empty copy of the table
-- with its key, and once into one without the key. Server-side files, so the figures are the database's work alone.
-- usage, after bench/national-round.sh 850000:
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/assignment-order.sql
\timing on
copy (select a.round_id, a.student_id, a.lottery, a.offer_id, a.rank, a.priority_key, a.placement_id, a.choice_keys,
             a.choice_reasons
        from round_assignment a join student s on s.id = a.student_id order by s.pseudonym)
  to '/tmp/assignment-inputs-order.csv' (format csv);
copy (select round_id, student_id, lottery, offer_id, rank, priority_key, placement_id, choice_keys, choice_reasons
        from round_assignment order by student_id)
  to '/tmp/assignment-id-order.csv' (format csv);
create table assignment_copy (like round_assignment including all);
\echo inputs order
copy assignment_copy from '/tmp/assignment-inputs-order.csv' (format csv);
truncate assignment_copy;
\echo student_id order
copy assignment_copy from '/tmp/assignment-id-order.csv' (format csv);
truncate assignment_copy;
\echo inputs order again
copy assignment_copy from '/tmp/assignment-inputs-order.csv' (format csv);
truncate assignment_copy;
\echo student_id order again
copy assignment_copy from '/tmp/assignment-id-order.csv' (format csv);
truncate assignment_copy;
alter table assignment_copy drop constraint assignment_copy_pkey;
\echo without the key
copy assignment_copy from '/tmp/assignment-inputs-order.csv' (format csv);
drop table assignment_copy;
\! rm -f /tmp/assignment-inputs-order.csv /tmp/assignment-id-order.csv
