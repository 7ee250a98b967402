namespace Vigil.Evaluation.Scoring;

/// <summary>Whether one expected model caught one attack step, and how fast.</summary>
/// <param name="Model">The expected catalog model.</param>
/// <param name="Detected">True when at least one matching alert was raised or updated in the step.</param>
/// <param name="FirstAlert">Time of the first matching alert or update.</param>
/// <param name="TimeToDetect">First matching alert or update minus the step's onset (its first packet to a target, or its start), not below zero.</param>
/// <param name="Score">Score of that alert (its highest, updates included).</param>
/// <param name="Alerts">How many alerts matched.</param>
public sealed record ModelDetection(string Model, bool Detected, DateTimeOffset? FirstAlert, TimeSpan? TimeToDetect, double? Score, int Alerts);
