namespace Fulfillment.Benchmarks.Raw;

/// <summary>One raw limit of the machine, measured in the same run as the workflow.</summary>
public sealed record RawRate(string Name, double PerSecond, string Conditions, double? SecondaryPerSecond = null);
