namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>
/// One seller account with Login With Amazon credentials made up for one test run: the simulator accepts them and
/// OrderImport and TrackingSync hold them under the name "test", as an operator would configure a real store.
/// </summary>
public sealed record SimulatedSeller(string SellerId, string ClientId, string ClientSecret, string RefreshToken)
{
    public const string CredentialsName = "test";
    public const string MarketplaceId = "ATVPDKIKX0DER";

    public static SimulatedSeller CreateFor(string runId) => new(
        "A1FULFILLMENTTEST",
        "amzn1.application-oa2-client.fulfillment-test",
        $"secret-{runId}",
        $"Atzr|refresh-{runId}");

    public IEnumerable<KeyValuePair<string, string>> SimulatorSettings() => new Dictionary<string, string>
    {
        ["SpApiSimulator__Lwa__ClientId"] = ClientId,
        ["SpApiSimulator__Lwa__ClientSecret"] = ClientSecret,
        ["SpApiSimulator__Sellers__0__SellerId"] = SellerId,
        ["SpApiSimulator__Sellers__0__RefreshToken"] = RefreshToken,
    };

    /// <param name="simulator">Where Amazon is; without a simulator OrderImport does not poll.</param>
    public IEnumerable<KeyValuePair<string, string>> OrderImportSettings(Uri? simulator) =>
        SpApiSettings(simulator).Append(new("OrderImport__Polling__Enabled", (simulator is not null).ToString()));

    /// <summary>What a service calling Amazon (OrderImport, TrackingSync) is given: the credentials and where Amazon is.</summary>
    public IEnumerable<KeyValuePair<string, string>> SpApiSettings(Uri? simulator)
    {
        var settings = new Dictionary<string, string>
        {
            [$"SpApi__Credentials__{CredentialsName}__ClientId"] = ClientId,
            [$"SpApi__Credentials__{CredentialsName}__ClientSecret"] = ClientSecret,
            [$"SpApi__Credentials__{CredentialsName}__RefreshToken"] = RefreshToken,
        };
        if (simulator is not null)
        {
            settings["SpApi__Endpoint"] = simulator.ToString().TrimEnd('/');
            settings["SpApi__LwaTokenEndpoint"] = new Uri(simulator, "auth/o2/token").ToString();
            // The simulator is not one of Amazon's hosts: the deployment must allow it explicitly (X5).
            settings["SpApi__AllowedEndpoints__0"] = simulator.GetLeftPart(UriPartial.Authority);
        }

        return settings;
    }
}
