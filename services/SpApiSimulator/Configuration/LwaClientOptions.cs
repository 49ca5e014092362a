namespace Fulfillment.SpApiSimulator.Configuration;

/// <summary>The one Login With Amazon application (client) the simulator knows.</summary>
public sealed class LwaClientOptions
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Lifetime of an access token; Amazon's is an hour. Shorter values let tests see a token expire.</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    public bool IsConfigured => ClientId.Length > 0 && ClientSecret.Length > 0;
}
