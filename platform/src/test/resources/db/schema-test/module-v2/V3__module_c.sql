create table module_c (id int primary key);
