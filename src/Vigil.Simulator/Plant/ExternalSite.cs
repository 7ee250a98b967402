namespace Vigil.Simulator.Plant;

/// <summary>A benign HTTPS site on the internet: its DNS name, its server and its CA-issued chain.</summary>
/// <param name="HostName">The name sent as SNI and resolved through the DC.</param>
/// <param name="Server">The external server.</param>
/// <param name="CertificateChain">Leaf then intermediate, DER.</param>
public sealed record ExternalSite(string HostName, PlantDevice Server, IReadOnlyList<byte[]> CertificateChain);
