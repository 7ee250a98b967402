namespace Vigil.Evaluation.Inputs;

/// <summary>An internal device of the labels file; the fields scoring does not need are ignored.</summary>
/// <param name="Ip">The device's address, as alerts name it.</param>
/// <param name="Name">Host name, for people reading the report.</param>
public sealed record LabelledDevice(string Ip, string Name);
