-- Uses a module table, as catalog's field seed enters the outbox: modules must migrate first.
create table service_thing (id int primary key);
insert into module_a (id) values (1);
