namespace Fulfillment.SpApiSimulator.Configuration;

/// <summary>
/// The usage plans come from the models; these knobs scale or replace them so that tests and benchmarks can run
/// faster than Amazon allows.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Multiplies every model rate (requests per second); bursts stay as in the model.</summary>
    public double Multiplier { get; set; } = 1;

    /// <summary>Per operation id (e.g. <c>getOrders</c>): a rate and/or burst that replaces the model's.</summary>
    public Dictionary<string, UsagePlanOverride> Operations { get; set; } = [];
}

public sealed class UsagePlanOverride
{
    public double? Rate { get; set; }

    public int? Burst { get; set; }
}
