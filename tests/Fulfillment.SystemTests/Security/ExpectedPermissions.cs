using Fulfillment.SystemTests.Infrastructure;

namespace Fulfillment.SystemTests.Security;

/// <summary>
/// The permission table of the README ("Who may call what"), written out independently of the services' code: the
/// security suite checks every service's actual endpoints against it, so an endpoint added without a row here (or
/// with another permission) fails the suite.
/// </summary>
public static class ExpectedPermissions
{
    public const string Anonymous = "anonymous";
    public const string Read = "orders.read";
    public const string Buyer = "orders.buyer";
    public const string Act = "orders.act";
    public const string Ship = "commerce.ship";
    public const string Catalog = "commerce.catalog";
    public const string Admin = "fulfillment.admin";

    private static readonly Dictionary<string, string> EveryService = new()
    {
        ["* /alive"] = Anonymous,
        ["* /health"] = Anonymous,
        ["* /metrics"] = Anonymous,
        ["GET /admin/endpoints"] = Admin,
    };

    private static readonly Dictionary<string, string> EveryWorkflowService = new(EveryService)
    {
        ["GET /admin/errors"] = Read,
        ["POST /admin/errors/{queue}/redrive"] = Act,
        ["DELETE /admin/errors/{queue}/{messageId}"] = Act,
        ["GET /admin/history/orders/{amazonOrderId}"] = Read,
        ["GET /admin/projections"] = Read,
        ["POST /admin/projections/{name}/rebuild"] = Admin,
        ["GET /admin/streams/{streamKey}"] = Read,
        ["POST /admin/streams/{streamKey}/republish"] = Admin,
        ["GET /admin/subscriptions"] = Read,
        ["POST /admin/subscriptions/{name}/rewind"] = Admin,
    };

    public static IReadOnlyDictionary<string, string> Of(FulfillmentService service) => service.Folder switch
    {
        "OrderImport" => new Dictionary<string, string>(EveryWorkflowService)
        {
            ["GET /admin/amazon-errors"] = Read,
            ["POST /api/amazon-orders"] = Admin,
            ["GET /api/amazon-orders/{amazonOrderId}"] = Read,
            ["GET /api/orders"] = Read,
            ["GET /api/orders/{amazonOrderId}"] = Read,
            ["POST /api/orders/{amazonOrderId}/cancel"] = Act,
            ["POST /api/stores"] = Admin,
            ["GET /api/stores"] = Read,
            ["GET /api/stores/{storeId}"] = Read,
            ["PUT /api/stores/{storeId}/settings"] = Act,
            ["GET /api/stores/{storeId}/history"] = Read,
            ["POST /api/stores/{storeId}/backfill"] = Act,
            ["GET /api/stores/{storeId}/backfills"] = Read,
            ["GET /api/stores/{storeId}/backfills/{backfillId:guid}"] = Read,
        },
        "CommerceOrder" => new Dictionary<string, string>(EveryWorkflowService)
        {
            ["GET /api/catalog/products"] = Read,
            ["GET /api/catalog/products/{sku}"] = Read,
            ["PUT /api/catalog/products/{sku}"] = Catalog,
            ["GET /api/commerce/orders"] = Read,
            ["GET /api/commerce/orders/{incrementId}"] = Read,
            ["POST /api/commerce/orders/{incrementId}/ship"] = Ship,
            ["GET /api/commerce/order-processes/{amazonOrderId}"] = Read,
            ["POST /api/commerce/order-processes/{amazonOrderId}/retry"] = Act,
        },
        "CustomerProvisioning" => new Dictionary<string, string>(EveryWorkflowService)
        {
            ["GET /api/customers/{customerId}"] = Buyer,
            ["POST /api/customers/search"] = Buyer,
        },
        "TrackingSync" => new Dictionary<string, string>(EveryWorkflowService)
        {
            ["GET /admin/amazon-errors"] = Read,
            ["GET /api/tracking/confirmations"] = Read,
            ["GET /api/tracking/confirmations/{amazonOrderId}/{shipmentId}"] = Read,
            ["POST /api/tracking/confirmations/{amazonOrderId}/{shipmentId}/retry"] = Act,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a Fulfillment service"),
    };

    /// <summary>
    /// The simulator plays Amazon: its Amazon APIs check Amazon's own tokens (anonymous to Fulfillment's provider),
    /// its console under <c>/simulator</c> needs the admin permission.
    /// </summary>
    public static string OfSimulator(string method, string route) =>
        EveryService.TryGetValue($"{method} {route}", out var shared) ? shared
        : route.StartsWith("/simulator", StringComparison.Ordinal) ? Admin
        : route.StartsWith("/orders/v0/", StringComparison.Ordinal) || route.StartsWith("/feeds/2021-06-30", StringComparison.Ordinal)
            || route.StartsWith("/tokens/2021-03-01/", StringComparison.Ordinal) || route == "/auth/o2/token"
            || route.StartsWith("/feed-documents/", StringComparison.Ordinal) ? Anonymous
        : "unexpected";

    /// <summary>The operators' page (OrderImport's Razor pages and their assets): read, or anonymous for signing in.</summary>
    public static bool IsPage(string route) => !route.StartsWith("/api/", StringComparison.Ordinal)
        && !route.StartsWith("/admin/", StringComparison.Ordinal) && route is not ("/alive" or "/health" or "/metrics");

    /// <summary>What each test identity may do, by the README's roles and scopes.</summary>
    public static IReadOnlySet<string> HeldBy(string caller) => caller switch
    {
        "viewer" => new HashSet<string> { Read },
        "buyer-viewer" => new HashSet<string> { Read, Buyer },
        "operator" => new HashSet<string> { Read, Buyer, Act, Ship },
        "admin" => new HashSet<string> { Read, Buyer, Act, Ship, Catalog, Admin },
        "nobody" => new HashSet<string>(),
        "machine erp" => new HashSet<string> { Ship, Catalog, Read },
        "machine reader" => new HashSet<string> { Read },
        "machine operations" => new HashSet<string> { Read, Buyer, Act, Ship, Catalog, Admin },
        _ => new HashSet<string>(),
    };
}
