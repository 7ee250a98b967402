using Vigil.Capture.Decoding;
using Vigil.Host.Ingest;

namespace Vigil.Grains.Tests.Ingest;

public sealed class DeviceAdmissionTests
{
    private static NetAddress Address(uint n) => NetAddress.FromIPv4(0x0A00_0000u | n);

    [Fact]
    public void Confirmed_addresses_are_always_admitted_however_many()
    {
        var admission = new DeviceAdmission(maxUnconfirmed: 2);

        for (uint i = 0; i < 100; i++)
        {
            Assert.True(admission.Admit(Address(i), confirmed: true));
        }
        Assert.Equal(0, admission.RefusedReports);
    }

    [Fact]
    public void Unconfirmed_sources_past_the_cap_are_refused_and_counted()
    {
        var admission = new DeviceAdmission(maxUnconfirmed: 10);

        var admitted = 0;
        for (uint i = 0; i < 10_000; i++)
        {
            admitted += admission.Admit(Address(i), confirmed: false) ? 1 : 0;
        }

        Assert.Equal(10, admitted);
        Assert.Equal(9_990, admission.RefusedReports);
        // The HyperLogLog estimate of distinct refused sources is within its 64-register error (~13 %).
        Assert.InRange(admission.RefusedSources, 7_500, 12_500);
    }

    [Fact]
    public void An_admitted_unconfirmed_source_keeps_its_place_and_confirming_one_frees_a_slot()
    {
        var admission = new DeviceAdmission(maxUnconfirmed: 1);

        Assert.True(admission.Admit(Address(1), confirmed: false));
        Assert.True(admission.Admit(Address(1), confirmed: false)); // already a device
        Assert.False(admission.Admit(Address(2), confirmed: false)); // the one slot is taken
        Assert.True(admission.Admit(Address(2), confirmed: true)); // evidence admits it anyway
        Assert.True(admission.Admit(Address(1), confirmed: true)); // 1 is confirmed: its slot is free
        Assert.True(admission.Admit(Address(3), confirmed: false));
        Assert.False(admission.Admit(Address(4), confirmed: false));
    }
}
