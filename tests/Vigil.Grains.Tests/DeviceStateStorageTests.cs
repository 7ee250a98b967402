using Orleans.Storage;
using Vigil.Contracts.Devices;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection;
using Vigil.Grains.Devices;
using Vigil.Host.Silo;

namespace Vigil.Grains.Tests;

/// <summary>A device's state through the serializer every silo writes storage with (<see cref="SiloConfiguration.StorageSerializer"/>).</summary>
public sealed class DeviceStateStorageTests
{
    private const long Second = 1_000_000_000L;
    private static readonly IGrainStorageSerializer Serializer = SiloConfiguration.StorageSerializer();

    [Fact]
    public void A_device_state_comes_back_from_storage_as_it_was_written()
    {
        var state = new DeviceGrainState { Subnet = "10.20.0.0/24" };
        var reads = new ApplicationSummary { Operations = new Dictionary<string, int> { ["s7comm/job/4"] = 6 } };
        DeviceDetector.Observe(state.Model, "10.20.0.5", new DeviceStep
        {
            StepEndNs = 10 * Second,
            Subnet = state.Subnet,
            SubnetProfile = new SubnetProfile { Subnet = state.Subnet },
            Events =
            [
                Flow(1, "10.20.0.5", "10.20.0.10", 102, "SF") with { Service = "s7comm", App = reads },
                Flow(2, "10.10.0.66", "10.20.0.5", 102, "REJ"),
                Flow(3, "10.20.0.5", "10.20.0.11", 502, "S1") with { IsFinal = false },
            ],
        });

        var written = Serializer.Serialize(state);
        var read = Serializer.Deserialize<DeviceGrainState>(written)!;

        Assert.Equal(3, read.Model.EventLog.Entries.Count);
        Assert.Equal(state.Model.EventLog.Entries, read.Model.EventLog.Entries);
        Assert.Equal(state.Model.Profile.Flows, read.Model.Profile.Flows);
        Assert.Equal(written.ToString(), Serializer.Serialize(read).ToString());
    }

    [Fact]
    public void A_version_2_state_keeps_its_models_and_starts_its_event_log_afresh()
    {
        // As Vigil wrote it before the event log became compact: "History" held whole flow reports.
        const string version2 = """
            {"Model":{"Version":2,"Profile":{"FirstSeenNs":1713744111806845000,"LastSeenNs":1713930875649719000,"Macs":[86478660245],"Vlans":[10],
            "Peers":{"InternalContacted":{"10.10.21.110":1713930875649177000},"DistinctPeers":1,"All":{"10.10.21.110":1713930875649177000}},
            "ServicesOffered":[],"ServicesUsed":["udp/53"],"Flows":1399,"BytesSent":427617,"BytesReceived":10012584},
            "History":{"Recent":[{"FlowId":10518,"StartNs":1713881233373716000,"EndNs":1713881233375325000,"Orig":"10.10.21.205","OrigPort":60820,
            "Resp":"10.10.21.110","RespPort":53,"Protocol":17,"Vlan":10,"OrigMac":86478660245,"RespMac":26403103008369,"State":"SF","Service":"dns",
            "OrigBytes":43,"RespBytes":59,"OrigPkts":1,"RespPkts":1,"NewOrigBytes":43,"NewRespBytes":59,"IsFirst":true,"IsFinal":true,"OrigInternal":true,
            "RespInternal":true,"App":{"Operations":{"dns/1":1},"Anomalies":[],"DnsQueries":["login.microsoftonline.com"],
            "DnsAnswers":[{"Key":"login.microsoftonline.com","Value":"198.51.100.16"}]},"IsFailedAttempt":false}]},
            "AlertCount":3},"Subnet":"10.10.21.0/24"}
            """;

        var read = Serializer.Deserialize<DeviceGrainState>(BinaryData.FromString(version2))!;

        Assert.Equal((1399L, 1, 3, "10.10.21.0/24"), (read.Model.Profile.Flows, read.Model.Profile.Peers.DistinctPeers, read.Model.AlertCount, read.Subnet));
        Assert.Empty(read.Model.EventLog.Entries);
        Assert.Equal(DeviceState.CurrentVersion, read.Model.Version);
        Assert.Contains($"\"Version\":{DeviceState.CurrentVersion}", Serializer.Serialize(read).ToString(), StringComparison.Ordinal);
    }

    private static FlowEvent Flow(long second, string orig, string resp, ushort port, string state) => new()
    {
        StartNs = second * Second + 123_456,
        EndNs = second * Second + 987_654_321,
        Orig = orig,
        OrigPort = 50000,
        Resp = resp,
        RespPort = port,
        Protocol = 6,
        State = state,
        OrigBytes = state == "SF" ? 300 : 0,
        RespBytes = state == "SF" ? 900 : 0,
        OrigPkts = 3,
        RespPkts = 3,
        IsFirst = true,
        IsFinal = true,
        OrigInternal = true,
        RespInternal = true,
    };
}
