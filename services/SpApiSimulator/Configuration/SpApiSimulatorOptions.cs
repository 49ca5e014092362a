namespace Fulfillment.SpApiSimulator.Configuration;

/// <summary>
/// The configuration section <c>SpApiSimulator</c>. Credentials come only from configuration (environment variables
/// such as <c>SpApiSimulator__Lwa__ClientSecret</c>), never from code. A class, not a record, so that printing it
/// never writes a secret.
/// </summary>
public sealed class SpApiSimulatorOptions
{
    public const string Section = "SpApiSimulator";

    public LwaClientOptions Lwa { get; set; } = new();

    public List<SellerOptions> Sellers { get; set; } = [];

    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// How old a change must be before getOrders lists it: Amazon's two minutes. Only a benchmark shortens it, so
    /// that a poll every second sees a change about a second after it happens instead of two minutes later.
    /// </summary>
    public TimeSpan DataDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Lifetime of a Restricted Data Token; Amazon's is an hour.</summary>
    public int RestrictedDataTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>How many order items one <c>getOrderItems</c> page holds before a <c>NextToken</c> is given.</summary>
    public int OrderItemsPageSize { get; set; } = 100;
}
