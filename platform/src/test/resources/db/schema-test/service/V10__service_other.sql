create table service_other (id int primary key);
