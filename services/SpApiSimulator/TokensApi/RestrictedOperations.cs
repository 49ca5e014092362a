using Fulfillment.SpApiSimulator.Access;

namespace Fulfillment.SpApiSimulator.TokensApi;

/// <summary>
/// The restricted operations of the Orders API (the Tokens API use case guide lists them) and the kinds of personal
/// data a token for each may ask for. <c>getOrders</c>, <c>getOrder</c> and <c>getOrderItems</c> also work with a
/// plain access token, without the personal data; for them an RDT must name its <c>dataElements</c>.
/// </summary>
public sealed record RestrictedOperation(string Method, string PathTemplate, IReadOnlySet<string> DataElements)
{
    private static readonly HashSet<string> OrderData =
        [SpApiCaller.BuyerInfo, SpApiCaller.ShippingAddress, SpApiCaller.BuyerTaxInformation];

    public static IReadOnlyList<RestrictedOperation> All { get; } =
    [
        new("GET", "/orders/v0/orders", OrderData),
        new("GET", "/orders/v0/orders/{orderId}", OrderData),
        new("GET", "/orders/v0/orders/{orderId}/orderItems", new HashSet<string> { SpApiCaller.BuyerInfo }),
        new("GET", "/orders/v0/orders/{orderId}/buyerInfo", new HashSet<string>()),
        new("GET", "/orders/v0/orders/{orderId}/address", new HashSet<string>()),
        new("GET", "/orders/v0/orders/{orderId}/orderItems/buyerInfo", new HashSet<string>()),
        new("GET", "/orders/v0/orders/{orderId}/regulatedInfo", new HashSet<string>()),
    ];

    public bool NeedsDataElements => DataElements.Count > 0;

    /// <summary>The operation a resource path names: its own template, or a concrete path fitting it.</summary>
    public static RestrictedOperation? For(string method, string path) => All.FirstOrDefault(operation =>
        string.Equals(operation.Method, method, StringComparison.Ordinal)
        && RestrictedResource.PathMatches(operation.PathTemplate, path));
}
