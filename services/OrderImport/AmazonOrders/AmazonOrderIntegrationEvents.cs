using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.ServiceDefaults.EventStore;

namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>Which Amazon order facts leave OrderImport, and as which contract.</summary>
public static class AmazonOrderIntegrationEvents
{
    public static IntegrationEventMap ForwardAmazonOrderFacts(this IntegrationEventMap map) =>
        map.Forward<AmazonOrderImported>(@event => @event.Data.Status is AmazonOrderStatus.Pending
            ? ToOrderPending(@event.Data)
            : null);

    private static OrderPending ToOrderPending(AmazonOrderImported imported) => new(
        imported.AmazonOrderId,
        imported.StoreId,
        imported.MarketplaceId,
        imported.FulfillmentChannel.ToString(),
        imported.PurchaseDate,
        imported.LastUpdateDate,
        [.. imported.Items.Select(item => new OrderLine(item.OrderItemId, item.SellerSku, item.Quantity))]);
}
