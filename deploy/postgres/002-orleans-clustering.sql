-- Vigil schema, migration 2: cluster membership (Microsoft.Orleans.Clustering.AdoNet 10.x).
-- One version row per cluster id; every membership change bumps it, and a write that carries a
-- stale version changes nothing (optimistic concurrency is how silos agree on who is alive).

CREATE TABLE orleansmembershipversiontable
(
    deploymentid varchar(150)   NOT NULL,
    timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    version      integer        NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable_deploymentid PRIMARY KEY (deploymentid)
);

CREATE TABLE orleansmembershiptable
(
    deploymentid varchar(150)   NOT NULL,
    address      varchar(45)    NOT NULL,
    port         integer        NOT NULL,
    generation   integer        NOT NULL,
    siloname     varchar(150)   NOT NULL,
    hostname     varchar(150)   NOT NULL,
    status       integer        NOT NULL,
    proxyport    integer        NULL,
    suspecttimes varchar(8000)  NULL,
    starttime    timestamptz(3) NOT NULL,
    iamalivetime timestamptz(3) NOT NULL,
    CONSTRAINT pk_membershiptable_deploymentid PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_membershiptable_membershipversiontable_deploymentid
        FOREIGN KEY (deploymentid) REFERENCES orleansmembershipversiontable (deploymentid)
);

-- Returns 1 when the cluster's version row was created, 0 when it already existed.
CREATE FUNCTION vigil_insert_membership_version(deployment_id varchar)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (deployment_id)
    ON CONFLICT (deploymentid) DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    RETURN QUERY SELECT affected;
END
$$;

-- A silo joins: bump the version only if the caller saw the current one, then add its row.
-- Both happen or neither does (the function runs in one transaction; a raise undoes the bump).
CREATE FUNCTION vigil_insert_membership(
    deployment_id varchar, address_arg varchar, port_arg integer, generation_arg integer,
    silo_name varchar, host_name varchar, status_arg integer, proxy_port integer,
    start_time timestamptz, i_am_alive timestamptz, expected_version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    UPDATE orleansmembershipversiontable
    SET timestamp = now(), version = version + 1
    WHERE deploymentid = deployment_id AND version = expected_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport, starttime, iamalivetime)
    VALUES
        (deployment_id, address_arg, port_arg, generation_arg, silo_name, host_name, status_arg, proxy_port, start_time, i_am_alive)
    ON CONFLICT (deploymentid, address, port, generation) DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RAISE EXCEPTION 'vigil: silo row exists' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN unique_violation THEN
        RETURN QUERY SELECT 0;
END
$$;

-- A silo's status or suspicions change: same rule, version first, then the row.
CREATE FUNCTION vigil_update_membership(
    deployment_id varchar, address_arg varchar, port_arg integer, generation_arg integer,
    status_arg integer, suspect_times varchar, i_am_alive timestamptz, expected_version integer)
    RETURNS TABLE (row_count integer)
    LANGUAGE plpgsql AS
$$
DECLARE
    affected integer;
BEGIN
    UPDATE orleansmembershipversiontable
    SET timestamp = now(), version = version + 1
    WHERE deploymentid = deployment_id AND version = expected_version;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    UPDATE orleansmembershiptable
    SET status = status_arg,
        suspecttimes = suspect_times,
        -- Heartbeats may arrive out of order; the alive time never moves backwards.
        iamalivetime = GREATEST(iamalivetime, i_am_alive)
    WHERE deploymentid = deployment_id AND address = address_arg AND port = port_arg AND generation = generation_arg;
    GET DIAGNOSTICS affected = ROW_COUNT;
    IF affected = 0 THEN
        RAISE EXCEPTION 'vigil: no such silo row' USING ERRCODE = 'no_data_found';
    END IF;
    RETURN QUERY SELECT 1;
EXCEPTION
    WHEN no_data_found THEN
        RETURN QUERY SELECT 0;
END
$$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', $q$
    SELECT row_count FROM vigil_insert_membership_version(@DeploymentId);
$q$),
('InsertMembershipKey', $q$
    SELECT row_count FROM vigil_insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),
('UpdateMembershipKey', $q$
    SELECT row_count FROM vigil_update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
$q$),
('UpdateIAmAlivetimeKey', $q$
    UPDATE orleansmembershiptable
    SET iamalivetime = GREATEST(iamalivetime, @IAmAliveTime)
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
$q$),
('MembershipReadRowKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m
        ON m.deploymentid = v.deploymentid
       AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    WHERE v.deploymentid = @DeploymentId;
$q$),
('MembershipReadAllKey', $q$
    SELECT v.deploymentid, m.address, m.port, m.generation, m.siloname, m.hostname, m.status,
           m.proxyport, m.suspecttimes, m.starttime, m.iamalivetime, v.version
    FROM orleansmembershipversiontable v
    LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
    WHERE v.deploymentid = @DeploymentId;
$q$),
('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId;
    DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId;
$q$),
('GatewaysQueryKey', $q$
    SELECT address, proxyport, generation
    FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId AND status = @Status AND proxyport > 0;
$q$),
-- Defunct-silo cleanup: only rows declared dead (status 6) that stopped heartbeating before the cut-off.
('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId AND iamalivetime < @IAmAliveTime AND status = 6;
$q$),
('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM orleansmembershiptable
    WHERE deploymentid = @DeploymentId AND address = @Address AND port = @Port
      AND generation = @Generation AND status = 6;
$q$);
