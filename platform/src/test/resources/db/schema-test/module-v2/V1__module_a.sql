create table module_a (id int primary key);
