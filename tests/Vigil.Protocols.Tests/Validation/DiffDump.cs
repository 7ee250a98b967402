using System.Text;
using Vigil.Tests;

namespace Vigil.Protocols.Tests.Validation;

public class DiffDump
{
    [SkippableFact]
    public void Dump()
    {
        Skip.If(TestPaths.SharedPcaps is null);
        var text = new StringBuilder();
        foreach (var file in TestPaths.AllSharedPcaps())
        {
            var ours = ReplayCounts.For(TestPaths.SharedPcap(file), out var replay);
            foreach (var flow in replay.Flows)
            {
                foreach (var a in flow.Dissector.Facts.Anomalies)
                {
                    text.AppendLine($"ANOM {file}\t{flow.RespPort}\t{flow.Dissector.Facts.Service}\t{a.Protocol}/{a.Kind}");
                }
            }
            var theirs = TsharkBaseline.ByCapture.GetValueOrDefault(file.Replace(' ', '_')) ?? [];
            foreach (var key in ours.Keys.Union(theirs.Keys).Order())
            {
                var o = ours.GetValueOrDefault(key);
                var t = theirs.GetValueOrDefault(key);
                if (o != t)
                {
                    text.AppendLine($"{file}\t{key}\tours={o}\ttshark={t}");
                }
            }
        }
        File.WriteAllText("/tmp/ics/diff.txt", text.ToString());
    }
}
