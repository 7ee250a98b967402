-- Vigil schema, migration 4: reminders (Microsoft.Orleans.Reminders.AdoNet 10.x, classic reminders).

CREATE TABLE orleansreminderstable
(
    serviceid    varchar(150)   NOT NULL,
    grainid      varchar(150)   NOT NULL,
    remindername varchar(150)   NOT NULL,
    starttime    timestamptz(3) NOT NULL,
    period       bigint         NOT NULL,
    grainhash    integer        NOT NULL,
    version      integer        NOT NULL,
    CONSTRAINT pk_reminderstable_serviceid_grainid_remindername PRIMARY KEY (serviceid, grainid, remindername)
);

-- Reminder ranges are read by grain hash when silos join or leave.
CREATE INDEX ix_reminderstable_grainhash ON orleansreminderstable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $q$
    INSERT INTO orleansreminderstable (serviceid, grainid, remindername, starttime, period, grainhash, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period::bigint, @GrainHash, 0)
    ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
        SET starttime = excluded.starttime, period = excluded.period, grainhash = excluded.grainhash,
            version = orleansreminderstable.version + 1
    RETURNING version;
$q$),
('ReadReminderRowsKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId;
$q$),
('ReadReminderRowKey', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName;
$q$),
-- The ring range (begin, end]; ReadRangeRows2Key is the range that wraps around zero.
('ReadRangeRows1Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
    SELECT grainid, remindername, starttime, period, version
    FROM orleansreminderstable
    WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash);
$q$),
('DeleteReminderRowKey', $q$
    WITH deleted AS (
        DELETE FROM orleansreminderstable
        WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
          AND version = CAST(@Version AS integer)
        RETURNING 1)
    SELECT COUNT(*)::integer AS row_count FROM deleted;
$q$),
('DeleteReminderRowsKey', $q$
    DELETE FROM orleansreminderstable WHERE serviceid = @ServiceId;
$q$);
