-- Several Casebook instances on one database (issue 17): what they share besides the case file.
-- Settings every instance reads; 'session-key' is the generated key of the sign-in cookie when none is configured.
create table casebook_setting (name varchar(64) not null, setting varchar(1024) not null, primary key (name));
-- Moves when any instance has committed a change, so that the others' caches of published pages see it.
create table change_counter (id integer not null, generation bigint not null, primary key (id));
insert into change_counter (id, generation) values (1, 0);
-- One row per job that must run on one instance at a time: whoever holds the row's lock runs it.
create table job_lock (name varchar(64) not null, primary key (name));
insert into job_lock (name) values ('start');
insert into job_lock (name) values ('findings-refresh');
insert into job_lock (name) values ('corpus-refresh');
