-- Vigil schema, migration 3: grain state (Microsoft.Orleans.Persistence.AdoNet 10.x).
-- The provider binds the payload as bytes only (PayloadBinary); Vigil's silo writes it as
-- System.Text.Json, so `convert_from(payloadbinary, 'UTF8')::jsonb` reads a device's model in psql.
-- Version is the ETag: a write that carries a stale version changes nothing, which is how a grain
-- that was reactivated elsewhere after a failover cannot be overwritten by its old activation.

CREATE TABLE orleansstorage
(
    grainidhash            integer        NOT NULL,
    grainidn0              bigint         NOT NULL,
    grainidn1              bigint         NOT NULL,
    graintypehash          integer        NOT NULL,
    graintypestring        varchar(512)   NOT NULL,
    grainidextensionstring varchar(512)   NULL,
    serviceid              varchar(150)   NOT NULL,
    payloadbinary          bytea          NULL,
    modifiedon             timestamptz(3) NOT NULL,
    version                integer        NULL
);

-- One row per grain and service; also the index every read and write uses.
CREATE UNIQUE INDEX ux_orleansstorage_grain ON orleansstorage
    (grainidhash, graintypehash, serviceid, grainidn0, grainidn1, graintypestring, (COALESCE(grainidextensionstring, '')));

CREATE FUNCTION vigil_write_to_storage(
    grain_id_hash integer, grain_id_n0 bigint, grain_id_n1 bigint, grain_type_hash integer,
    grain_type varchar, grain_id_extension varchar, service_id varchar, expected_version integer,
    payload bytea)
    RETURNS TABLE (newgrainstateversion integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    IF expected_version IS NULL THEN
        -- First write of this grain: exactly one activation may create the row.
        INSERT INTO orleansstorage
            (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring,
             serviceid, payloadbinary, modifiedon, version)
        VALUES
            (grain_id_hash, grain_id_n0, grain_id_n1, grain_type_hash, grain_type, grain_id_extension,
             service_id, payload, now(), 1)
        ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS affected = ROW_COUNT;
        RETURN QUERY SELECT CASE WHEN affected > 0 THEN 1 ELSE NULL END;
        RETURN;
    END IF;

    UPDATE orleansstorage
    SET payloadbinary = payload, modifiedon = now(), version = version + 1
    WHERE grainidhash = grain_id_hash AND graintypehash = grain_type_hash AND serviceid = service_id
      AND grainidn0 = grain_id_n0 AND grainidn1 = grain_id_n1 AND graintypestring = grain_type
      AND COALESCE(grainidextensionstring, '') = COALESCE(grain_id_extension, '')
      AND version = expected_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    -- Returning the old version tells the provider the write lost (it raises InconsistentStateException).
    RETURN QUERY SELECT CASE WHEN affected > 0 THEN expected_version + 1 ELSE expected_version END;
END
$$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey', $q$
    SELECT newgrainstateversion FROM vigil_write_to_storage(
        @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
$q$),
('ReadFromStorageKey', $q$
    SELECT payloadbinary, now() AS modifiedon, version
    FROM orleansstorage
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
      AND COALESCE(grainidextensionstring, '') = COALESCE(@GrainIdExtensionString, '');
$q$),
('ClearStorageKey', $q$
    UPDATE orleansstorage
    SET payloadbinary = NULL, modifiedon = now(), version = version + 1
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
      AND COALESCE(grainidextensionstring, '') = COALESCE(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version AS newgrainstateversion;
$q$),
('DeleteStorageKey', $q$
    DELETE FROM orleansstorage
    WHERE grainidhash = @GrainIdHash AND graintypehash = @GrainTypeHash AND serviceid = @ServiceId
      AND grainidn0 = @GrainIdN0 AND grainidn1 = @GrainIdN1 AND graintypestring = @GrainTypeString
      AND COALESCE(grainidextensionstring, '') = COALESCE(@GrainIdExtensionString, '')
      AND version = @GrainStateVersion
    RETURNING version + 1 AS newgrainstateversion;
$q$);
