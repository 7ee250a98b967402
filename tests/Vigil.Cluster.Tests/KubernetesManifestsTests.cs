using Microsoft.Extensions.Configuration;
using Orleans.Hosting.Kubernetes;
using Vigil.Cluster.Silo;
using Vigil.Tests;
using YamlDotNet.RepresentationModel;

namespace Vigil.Cluster.Tests;

/// <summary>
/// deploy/k8s cannot run here, so it is held to the code: every manifest parses, the settings and
/// variables it sets are ones the silo reads, the Orleans Kubernetes hosting names are Orleans' own,
/// and the objects refer to each other (ports, labels, ConfigMap, ServiceAccount) consistently.
/// </summary>
public sealed class KubernetesManifestsTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "deploy", "k8s");
    private static readonly string[] Sections = ["Checkpoint", "Membership"];
    private readonly List<YamlMappingNode> _objects = LoadAll();

    [Fact]
    public void Every_manifest_parses_into_named_objects()
    {
        Assert.Equal(["ConfigMap", "Deployment", "Job", "Role", "RoleBinding", "Service", "ServiceAccount"],
            _objects.Select(o => Text(o, "kind")).Distinct().Order(StringComparer.Ordinal));
        Assert.All(_objects, o =>
        {
            Assert.False(string.IsNullOrEmpty(Text(o, "apiVersion")));
            Assert.False(string.IsNullOrEmpty(Text(o, "metadata", "name")));
        });
    }

    [Fact]
    public void The_silo_settings_and_variables_are_the_silos_own_and_match_the_pod_labels()
    {
        var settings = SiloSettingsOf(Kind("ConfigMap"));
        Assert.True(settings.Kubernetes);
        var pod = (YamlMappingNode)Kind("Deployment")["spec"]["template"];
        var labels = (YamlMappingNode)pod["metadata"]["labels"];
        Assert.Equal(settings.ServiceId, Text(labels, KubernetesHostingOptions.ServiceIdLabel));
        Assert.Equal(settings.ClusterId, Text(labels, KubernetesHostingOptions.ClusterIdLabel));

        var container = (YamlMappingNode)((YamlSequenceNode)pod["spec"]["containers"])[0];
        var env = ((YamlSequenceNode)container["env"]).Cast<YamlMappingNode>().ToDictionary(e => Text(e, "name"), e => e);
        foreach (var required in new[]
        {
            KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
            KubernetesHostingOptions.PodIPEnvironmentVariable, KubernetesHostingOptions.ClusterIdEnvironmentVariable,
            KubernetesHostingOptions.ServiceIdEnvironmentVariable,
        })
        {
            Assert.True(env.ContainsKey(required), $"the silo container lacks {required}");
        }
        // The ids come from the labels themselves, so they cannot drift apart.
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", Text(env[KubernetesHostingOptions.ServiceIdEnvironmentVariable], "valueFrom", "fieldRef", "fieldPath"));
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", Text(env[KubernetesHostingOptions.ClusterIdEnvironmentVariable], "valueFrom", "fieldRef", "fieldPath"));
        var vigil = env.Keys.Where(n => n.StartsWith("VIGIL_", StringComparison.Ordinal)).ToList();
        Assert.Contains("VIGIL_Silo__ConnectionString", vigil);
        Assert.All(vigil, name => Assert.True(IsSetting(name["VIGIL_Silo__".Length..].Split("__")[0]), $"{name} is not a silo setting"));

        var ports = ((YamlSequenceNode)container["ports"]).Cast<YamlMappingNode>().ToDictionary(p => Text(p, "name"), p => int.Parse(Text(p, "containerPort"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(settings.SiloPort, ports["silo"]);
        Assert.Equal(settings.GatewayPort, ports["gateway"]);
        Assert.Equal("/healthz", Text(container, "readinessProbe", "httpGet", "path"));

        // The Service reaches these pods by their labels and named ports.
        var service = Kind("Service");
        Assert.All((YamlMappingNode)service["spec"]["selector"], pair => Assert.Equal(pair.Value.ToString(), Text(labels, pair.Key.ToString())));
        Assert.All((YamlSequenceNode)service["spec"]["ports"], port => Assert.Contains(Text((YamlMappingNode)port, "targetPort"), ports.Keys));
        Assert.Equal(Text(Kind("ConfigMap"), "metadata", "name"), Text((YamlMappingNode)((YamlSequenceNode)pod["spec"]["volumes"])[0], "configMap", "name"));
        Assert.Equal(Text(Kind("ServiceAccount"), "metadata", "name"), Text(pod, "spec", "serviceAccountName"));
    }

    [Fact]
    public async Task The_containers_use_only_options_the_commands_have()
    {
        var containers = _objects.Where(o => Text(o, "kind") is "Deployment" or "Job")
            .SelectMany(o => (YamlSequenceNode)o["spec"]["template"]["spec"]["containers"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(2, containers.Count);
        foreach (var container in containers)
        {
            var args = ((YamlSequenceNode)container["args"]).Select(a => a.ToString()).ToList();
            var command = args.TakeWhile(a => !a.StartsWith('-')).ToList();
            Assert.Contains(command[0], new[] { "silo", "db" });
            using var help = Support.VigilProcess.Start([.. command, "--help"]);
            Assert.Equal(0, await help.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.All(args.Where(a => a.StartsWith("--", StringComparison.Ordinal)), option => Assert.Contains(option, help.Output));
        }
    }

    private YamlMappingNode Kind(string kind) => _objects.Single(o => Text(o, "kind") == kind);

    private static SiloSettings SiloSettingsOf(YamlMappingNode configMap)
    {
        var json = Text(configMap, "data", "appsettings.json");
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))).Build();
        var section = configuration.GetSection(SiloSettings.Section);
        Assert.All(section.GetChildren(), child => Assert.True(IsSetting(child.Key), $"Silo:{child.Key} is not a silo setting"));
        return section.Get<SiloSettings>()!;
    }

    private static bool IsSetting(string name) => Sections.Contains(name) || typeof(SiloSettings).GetProperty(name) is not null;

    private static string Text(YamlMappingNode node, params string[] path)
    {
        YamlNode at = node;
        foreach (var key in path)
        {
            at = ((YamlMappingNode)at)[key];
        }
        return ((YamlScalarNode)at).Value ?? "";
    }

    private static List<YamlMappingNode> LoadAll()
    {
        var objects = new List<YamlMappingNode>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }
            objects.AddRange(stream.Documents.Select(d => (YamlMappingNode)d.RootNode));
        }
        return objects;
    }
}
