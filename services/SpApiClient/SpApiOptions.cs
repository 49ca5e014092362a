namespace Fulfillment.SpApiClient;

/// <summary>
/// How a service reaches Amazon, from the <c>SpApi</c> configuration section. Credentials are named so that a
/// store records only the name; the secrets stay in configuration (environment, secret store).
/// </summary>
public sealed class SpApiOptions
{
    public const string Section = "SpApi";

    /// <summary>The SP-API regional endpoint offered by default when a store is connected.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Login With Amazon's token endpoint.</summary>
    public Uri LwaTokenEndpoint { get; set; } = new("https://api.amazon.com/auth/o2/token");

    public Dictionary<string, LwaCredentials> Credentials { get; set; } = [];

    /// <summary>
    /// Origins besides Amazon's SP-API hosts that a store's endpoint may name (X5), e.g. the simulator's:
    /// <c>SpApi__AllowedEndpoints__0=http://127.0.0.1:5080</c>. See <see cref="AmazonEndpoints"/>.
    /// </summary>
    public List<Uri> AllowedEndpoints { get; set; } = [];

    /// <summary>Overrides of Amazon's default usage plans, by operation name (e.g. <c>getOrders</c>).</summary>
    public Dictionary<string, UsagePlan> UsagePlans { get; set; } = [];

    /// <summary>
    /// The share of each usage plan's rate the client uses (0-1]. Below 1 it never meets Amazon's limit exactly,
    /// so requests that arrive bunched by the network are not throttled.
    /// </summary>
    public double UsagePlanShare { get; set; } = 0.9;

    /// <summary>How many times a throttled or failed call is tried before the poll gives up until its next run.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

public sealed class LwaCredentials
{
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string RefreshToken { get; set; } = "";
}

/// <summary>A usage plan: sustained requests per second and burst, as Amazon publishes them per operation.</summary>
public sealed record UsagePlan(double Rate, int Burst);
