-- Runs once, when the postgres container starts on an empty data volume: one database per service.
-- Each service's Flyway migrations create its tables at startup.
create database practica_catalog;
create database practica_placement;
create database practica_reporting;
