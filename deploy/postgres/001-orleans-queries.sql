-- Vigil schema, migration 1: the table the Orleans ADO.NET providers read their SQL from.
-- Each provider loads every row at start and runs only these texts, so the queries below (and in the
-- following migrations) are the whole contract between Orleans and this database. Parameter and
-- column names are what the providers bind and read by name; everything else is Vigil's choice.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64)   NOT NULL,
    querytext varchar(8000) NOT NULL,
    CONSTRAINT orleansquery_key PRIMARY KEY (querykey)
);
