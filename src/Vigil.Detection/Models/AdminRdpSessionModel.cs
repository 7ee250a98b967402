using Vigil.Contracts.Alerts;
using Vigil.Detection.Evidence;

namespace Vigil.Detection.Models;

/// <summary>
/// "Unusual Admin RDP Session": an RDP connection whose X.224 routing cookie names an administrative
/// account, on a (source, destination) pair that the device's baseline has no RDP conversation for.
/// Scored by how rare a first RDP pair is for this device pooled with its subnet (<see cref="NoveltyRate"/>),
/// discounted when administration protocols are routine among its established peers (<see cref="PeerGroupNovelty"/>).
/// </summary>
public static class AdminRdpSessionModel
{
    public const string Kind = "rdp-pair";
    private const string Service = "tcp/3389";

    private static readonly string[] AdminNames = ["administrator", "admin", "root", "adm", "sa", "superuser", "sysadmin", "domainadmin", "itadmin", "localadmin"];

    /// <summary>Whether a cookie user ("DOMAIN\\user", "user@domain", "mstshash=user") is an administrative account.</summary>
    public static bool IsAdminAccount(string cookie)
    {
        var user = cookie.Trim();
        var slash = user.LastIndexOf('\\');
        user = slash >= 0 ? user[(slash + 1)..] : user;
        var at = user.IndexOf('@');
        user = (at >= 0 ? user[..at] : user).ToLowerInvariant();
        return AdminNames.Contains(user) || user.StartsWith("admin", StringComparison.Ordinal) || user.EndsWith("admin", StringComparison.Ordinal)
            || user.StartsWith("adm_", StringComparison.Ordinal) || user.StartsWith("adm-", StringComparison.Ordinal);
    }

    public static Alert? Observe(DeviceState state, FlowView view, StepContext context)
    {
        var flow = view.Flow;
        if (!view.Acting || flow.App?.RdpCookie is not { } cookie || !IsAdminAccount(cookie)
            || state.Conversations.HasPair(view.Peer, Service))
        {
            return null;
        }
        var t = view.TimeNs;
        var own = state.Conversations.NoveltiesOf(Kind);
        var rate = NoveltyRate.Surprisal(1, RecentCounts.WindowNs, own, context.OwnHours(t), context.SubnetClientsOf(Service), context.SubnetProfile.DeviceHours);
        var share = PeerGroupNovelty.Share(context, Service);
        var surprisal = PeerGroupNovelty.Surprisal(rate, share);
        var score = ModelAlert.Score(surprisal);
        if (context.IsLearning(t) || score < ModelAlert.NoveltyMinScore || !state.Episodes.Trigger(ModelNames.UnusualAdminRdpSession + "/" + view.Peer, t))
        {
            return null;
        }
        return ModelAlert.Create(context, ModelNames.UnusualAdminRdpSession, t, score,
            $"{context.Device} opened an RDP session as '{cookie}' to {view.Peer} ({view.PeerZone}), a pair never seen in its baseline.",
            new EvidenceBuilder()
                .Add("account", cookie)
                .Add("destination", view.Peer)
                .Add("destination_zone", view.PeerZone)
                .Add("port", flow.RespPort)
                .Add("pair_in_baseline", "no")
                .Add("own_new_rdp_pairs_before", own)
                .Add("subnet_rdp_clients", context.SubnetClientsOf(Service))
                .Add("subnet_device_hours", context.SubnetProfile.DeviceHours)
                .Add("expected_new_pairs_10min", NoveltyRate.Expected(RecentCounts.WindowNs, own, context.OwnHours(t), context.SubnetClientsOf(Service), context.SubnetProfile.DeviceHours))
                .Add("rate_surprisal", rate)
                .Add("peer_group_admin_share", share)
                .Add("surprisal", surprisal)
                .Build(),
            [view.Peer]);
    }
}
