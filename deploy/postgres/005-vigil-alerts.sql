-- Vigil schema, migration 5: the durable alert store, written by the silo's alert log.
-- One row per breach. The key is what makes two alerts the same breach — the service, the device
-- that acted, the catalog model and the capture time it fired at (ns since the Unix epoch) — so a
-- step replayed after a silo crash, or retried by a sensor, cannot store it twice. An ongoing
-- episode's updates (a scan's new end and counts) keep their first time and move end_ns forward.

CREATE TABLE vigil_alerts
(
    service_id  varchar(150)     NOT NULL,
    device      varchar(64)      NOT NULL,
    model       varchar(128)     NOT NULL,
    time_ns     bigint           NOT NULL,
    alert_time  timestamptz      NOT NULL,
    end_ns      bigint           NOT NULL,
    score       double precision NOT NULL,
    summary     text             NOT NULL,
    -- The evidence object as the models wrote it (text, so one odd value can never block ingest);
    -- query it with evidence::jsonb.
    evidence    text             NOT NULL,
    peers       text[]           NOT NULL,
    incident    varchar(128)     NULL,
    updates     integer          NOT NULL DEFAULT 0,
    stored_at   timestamptz      NOT NULL DEFAULT now(),
    updated_at  timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT pk_vigil_alerts PRIMARY KEY (service_id, device, model, time_ns)
);

CREATE INDEX ix_vigil_alerts_time ON vigil_alerts (service_id, alert_time);
