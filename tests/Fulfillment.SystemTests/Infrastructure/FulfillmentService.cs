namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>One of the product's hosts, as built by the solution.</summary>
public sealed record FulfillmentService(string Folder, string DatabaseSuffix)
{
    public static readonly FulfillmentService OrderImport = new("OrderImport", "order_import");
    public static readonly FulfillmentService CustomerProvisioning = new("CustomerProvisioning", "customer_provisioning");
    public static readonly FulfillmentService CommerceOrder = new("CommerceOrder", "commerce_order");
    public static readonly FulfillmentService TrackingSync = new("TrackingSync", "tracking_sync");
    public static readonly FulfillmentService SpApiSimulator = new("SpApiSimulator", "sp_api_simulator");


    /// <summary>
    /// The OpenID provider. Not in <see cref="All"/>: it needs people and clients to be configured, and the tests
    /// share one for the whole run (<see cref="Identity.TestIdentityProvider"/>).
    /// </summary>
    public static readonly FulfillmentService IdentityProvider = new("IdentityProvider", "identity");

    public static IReadOnlyList<FulfillmentService> All { get; } =
        [OrderImport, CustomerProvisioning, CommerceOrder, TrackingSync, SpApiSimulator];

    public string AssemblyPath => Path.Combine(
        RepositoryRoot, "services", Folder, "bin", BuildConfiguration, "net10.0", $"Fulfillment.{Folder}.dll");

    public override string ToString() => Folder;

    /// <summary>
    /// The queue of one of the service's consumers: the consumer's kebab-case name after the service's, as the bus
    /// registration names endpoints (<c>CommerceOrder</c>'s <c>OrderPendingConsumer</c> reads <c>commerce-order-order-pending</c>).
    /// </summary>
    public string QueueOf(string consumer) =>
        $"{System.Text.RegularExpressions.Regex.Replace(Folder, "(?<=[a-z0-9])[A-Z]", "-$0").ToLowerInvariant()}-{consumer}";

    private static string BuildConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fulfillment.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Fulfillment.sln not found above {AppContext.BaseDirectory}.");
    }
}
