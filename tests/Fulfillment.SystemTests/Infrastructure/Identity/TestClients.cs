namespace Fulfillment.SystemTests.Infrastructure.Identity;

/// <summary>The clients the test provider knows.</summary>
public static class TestClients
{
    /// <summary>The ERP/WMS: ships Commerce orders, keeps the catalog, reads orders.</summary>
    public const string Erp = "erp";

    /// <summary>Reads orders, nothing else.</summary>
    public const string Reader = "reader";

    /// <summary>Granted every permission scope.</summary>
    public const string Operations = "operations";

    /// <summary>
    /// The operators' page (a confidential web client). Its redirect URIs are <see cref="OperatorsPageRedirectPath"/>
    /// and <see cref="OperatorsPageSignedOutPath"/> on 127.0.0.1 with any port, so each test system's OrderImport,
    /// on whatever port it got, can sign people in without registering itself first.
    /// </summary>
    public const string OperatorsPage = "operators-page";

    public const string OperatorsPageRedirectPath = "/signin-oidc";
    public const string OperatorsPageSignedOutPath = "/signout-callback-oidc";

    /// <summary>A public client (no secret) the tests sign people in with; it cannot use client credentials.</summary>
    public const string SystemTests = "system-tests";

    public static readonly Uri SystemTestsRedirectUri = new("http://127.0.0.1/test-callback");

    public static readonly IReadOnlyDictionary<string, string[]> MachineScopes = new Dictionary<string, string[]>
    {
        [Erp] = ["commerce.ship", "commerce.catalog", "orders.read"],
        [Reader] = ["orders.read"],
        [Operations] = ["orders.read", "orders.buyer", "orders.act", "commerce.ship", "commerce.catalog", "fulfillment.admin"],
    };
}
