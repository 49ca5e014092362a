using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders.Creation;
using Fulfillment.CommerceOrder.Websites;

namespace Fulfillment.CommerceOrder.CommerceOrders.RetryBlockedOrders;

public static class RetryBlockedOrderDecider
{
    /// <summary>C2: a blocked order runs the gate again; any other stage has nothing to retry.</summary>
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess? process, IReadOnlyDictionary<string, Product?> products, CommerceWebsites websites,
        DateTimeOffset now) =>
        process is { Stage: CommerceOrderStage.Blocked }
            ? CreationGate.Decide(process, products, websites, now)
            : [];
}
