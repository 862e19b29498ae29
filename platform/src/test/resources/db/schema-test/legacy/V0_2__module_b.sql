create table module_b (id int primary key);
