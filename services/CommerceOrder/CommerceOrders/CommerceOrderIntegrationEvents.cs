using Fulfillment.Contracts.CommerceOrders;
using Fulfillment.Contracts.Customers;
using Fulfillment.Contracts.Shipments;
using Fulfillment.ServiceDefaults.EventStore;
using JasperFx.Events;
using Marten;

namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>
/// Which Commerce order facts leave CommerceOrder, and as which contract. Personal data comes from
/// <see cref="CommerceOrderPersonalData"/>, never from the events.
/// </summary>
public static class CommerceOrderIntegrationEvents
{
    public static IntegrationEventMap ForwardCommerceOrderFacts(this IntegrationEventMap map) => map
        .Forward<OrderCreationBlocked>(@event => new CommerceOrderBlocked(
            @event.Data.AmazonOrderId, @event.Data.StoreId, @event.Data.Reason, @event.Data.BlockingSkus,
            @event.Data.BlockedAt))
        .Forward<CustomerRequested>(ToProvisionCustomerAsync)
        .Forward<OrderPlaced>(ToCommerceOrderPlacedAsync)
        .Forward<OrderClosed>(@event => new CommerceOrderClosed(
            @event.Data.AmazonOrderId, @event.Data.StoreId, @event.Data.IncrementId, @event.Data.RefundedAmount,
            @event.Data.CurrencyCode, @event.Data.ClosedAt))
        .Forward<ShipmentRecorded>(@event => ToShipmentCreated(@event.Data))
        .Forward<OrderCompleted>(@event => new CommerceOrderCompleted(
            @event.Data.AmazonOrderId, @event.Data.StoreId, @event.Data.IncrementId, @event.Data.CompletedAt));

    private static ShipmentCreated ToShipmentCreated(ShipmentRecorded shipped) => new(
        shipped.ShipmentId, shipped.AmazonOrderId, shipped.StoreId, shipped.MarketplaceId, shipped.IncrementId,
        [.. shipped.Packages.Select(package => new ShippedPackage(
            package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
            [.. package.Lines.Select(line => new ShippedItem(line.AmazonOrderItemId, line.Sku, line.Quantity))]))],
        shipped.ItemsShipped, shipped.ItemsUnshipped, shipped.ShippedAt);

    private static async Task<object?> ToProvisionCustomerAsync(
        IEvent<CustomerRequested> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var requested = @event.Data;
        var buyer = await session.LoadAsync<CommerceOrderPersonalData>(requested.AmazonOrderId, cancellationToken);
        return new ProvisionCustomer(
            requested.AmazonOrderId, requested.StoreId, requested.WebsiteCode, requested.CustomerCreation,
            buyer?.BuyerName, buyer?.BuyerEmail, buyer?.ShippingAddress, requested.SettingsVersion);
    }

    private static async Task<object?> ToCommerceOrderPlacedAsync(
        IEvent<OrderPlaced> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var placed = @event.Data;
        var personal = await session.LoadAsync<CommerceOrderPersonalData>(placed.AmazonOrderId, cancellationToken);
        var totals = placed.Totals;
        return new CommerceOrderPlaced(
            placed.AmazonOrderId, placed.StoreId, placed.IncrementId, placed.FulfillmentChannel, placed.State,
            placed.Status, placed.StoreViewCode, placed.CustomerId, placed.CustomerIsGuest,
            personal?.CustomerEmail ?? $"{placed.AmazonOrderId}@amazon.com", placed.PaymentMethod, placed.ShippingMethod,
            placed.ShipmentServiceLevel, personal?.ShippingAddress,
            [.. placed.Items.Select(item => new CommerceOrderItem(
                item.ItemId, item.AmazonOrderItemId, item.Sku, item.Name, item.Quantity, item.Price, item.RowTotal,
                item.TaxAmount, item.DiscountAmount))],
            new CommerceOrderTotals(
                totals.CurrencyCode, totals.Subtotal, totals.ShippingAmount, totals.TaxAmount, totals.DiscountAmount,
                totals.GrandTotal),
            placed.PlacedAt, placed.SettingsVersion);
    }
}
