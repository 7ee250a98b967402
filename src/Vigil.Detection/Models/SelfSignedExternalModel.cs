using Vigil.Contracts.Alerts;
using Vigil.Contracts.Flows;
using Vigil.Contracts.Subnets;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Rare External SSL Self-Signed": a server outside the estate presents a self-signed certificate
/// (its signature verifies with its own key, or it is self-issued — subject equals issuer — with a
/// signature that does not verify) and few or no devices of the estate talk to it. Judged once per
/// device and server. Surprisal: estate rarity of the server plus how rare such a first is for the
/// device and its subnet.
/// </summary>
public static class SelfSignedExternalModel
{
    public const string Kind = "self-signed-external";
    private const string Marker = "x509/self-signed";

    /// <summary>How the certificate betrays it: "verified" (own key verifies), "self-issued", or null when it does not.</summary>
    public static string? SelfSignedHow(TlsSummary tls) =>
        tls.SelfSigned == true ? "verified"
        : tls.CertificateSubject is { } subject && subject == tls.CertificateIssuer ? "self-issued"
        : null;

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (flow.Orig != context.Device || view.PeerZone != ZoneRoles.External || flow.App?.Tls is not { CertificateSubject: not null } tls
            || SelfSignedHow(tls) is not { } how || !state.Conversations.AddPair(view.Peer, Marker, view.TimeNs)
            || !ExternalTlsRarity.IsRare(context, view.Peer))
        {
            return null;
        }
        var t = view.TimeNs;
        if (ExternalTlsNovelty.Judge(state, context, view.Peer, t, Kind, ModelNames.RareExternalSslSelfSigned) is not { } judged)
        {
            return null;
        }
        return ModelAlert.Create(context, ModelNames.RareExternalSslSelfSigned, t, judged.Score,
            $"{view.Peer}:{flow.RespPort} presented a self-signed certificate ({tls.CertificateSubject}) to {context.Device}; {ExternalTlsRarity.Reach(context, view.Peer)} of {context.Estate.EstablishedDevices} estate devices talk to it.",
            new EvidenceBuilder()
                .Add("server", $"{view.Peer}:{flow.RespPort}")
                .Add("subject", tls.CertificateSubject)
                .Add("issuer", tls.CertificateIssuer)
                .Add("self_signed", how)
                .Add("sni", tls.Sni)
                .Add("estate_devices_that_contacted_it", ExternalTlsRarity.Reach(context, view.Peer))
                .Add("estate_established_devices", context.Estate.EstablishedDevices)
                .Add("rarity_surprisal", judged.RaritySurprisal)
                .Add("novelty_surprisal", judged.NoveltySurprisal)
                .Build(),
            [view.Peer]);
    }
}
