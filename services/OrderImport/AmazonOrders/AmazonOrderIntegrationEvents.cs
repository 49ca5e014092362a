using Fulfillment.Contracts.AmazonOrders;
using Fulfillment.OrderImport.Stores;
using Fulfillment.ServiceDefaults.EventStore;
using JasperFx.Events;
using Marten;

namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>
/// Which Amazon order facts leave OrderImport, and as which contract. Each contract carries the order as it stood
/// at that event and the store settings (with their version) it was imported under.
/// </summary>
public static class AmazonOrderIntegrationEvents
{
    private static readonly AmazonOrderStatus[] PendingStatuses = [AmazonOrderStatus.Pending, AmazonOrderStatus.PendingAvailability];
    private static readonly AmazonOrderStatus[] VerifiedOpenStatuses = [AmazonOrderStatus.Unshipped, AmazonOrderStatus.PartiallyShipped];

    public static IntegrationEventMap ForwardAmazonOrderFacts(this IntegrationEventMap map) => map
        .Forward<AmazonOrderImported>(async (@event, session, cancellationToken) =>
            PendingStatuses.Contains(@event.Data.Status) && @event.Data.FulfillmentChannel == FulfillmentChannel.MFN
                ? await ToOrderPendingAsync(@event, session, cancellationToken)
                : null)
        .Forward<AmazonOrderDetailsRecorded>(ToVerifiedOrderAsync)
        .Forward<AmazonOrderStatusChanged>(async (@event, session, cancellationToken) =>
            @event.Data.To == AmazonOrderStatus.Canceled
                ? await ToOrderCanceledAsync(@event, session, cancellationToken)
                : null);

    private static async Task<object?> ToOrderPendingAsync(
        IEvent<AmazonOrderImported> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var imported = @event.Data;
        return new OrderPending(
            imported.AmazonOrderId, imported.StoreId, imported.MarketplaceId, imported.FulfillmentChannel.ToString(),
            imported.PurchaseDate, imported.LastUpdateDate, [.. imported.Items.Select(ToLine)],
            await StoreSettingsAsync(session, imported.StoreId, imported.SettingsVersion, cancellationToken));
    }

    /// <summary>
    /// Details arrive when Amazon has verified the order: for MFN that is <c>OrderUnshipped</c> (W2), for FBA the
    /// import of a shipped order (F2). Any other status at that moment (e.g. canceled meanwhile) publishes nothing.
    /// </summary>
    private static async Task<object?> ToVerifiedOrderAsync(
        IEvent<AmazonOrderDetailsRecorded> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var order = await session.Events.AggregateStreamAsync<AmazonOrder>(
            @event.StreamKey!, version: @event.Version, token: cancellationToken);
        var isMerchantOrderToMake = order?.FulfillmentChannel == FulfillmentChannel.MFN && VerifiedOpenStatuses.Contains(order.Status);
        var isAmazonOrderShipped = order?.FulfillmentChannel == FulfillmentChannel.AFN && order.Status == AmazonOrderStatus.Shipped;
        if (order?.Total is not { } total || !(isMerchantOrderToMake || isAmazonOrderShipped))
        {
            return null;
        }

        var settings = await StoreSettingsAsync(session, order.StoreId, order.SettingsVersion, cancellationToken);
        var buyer = await session.LoadAsync<BuyerPersonalData>(order.Id, cancellationToken);
        var lines = order.Items.Select(ToLine).ToList();
        var channel = order.FulfillmentChannel.ToString();
        return isMerchantOrderToMake
            ? new OrderUnshipped(order.Id, order.StoreId, order.MarketplaceId, channel, order.PurchaseDate,
                order.LastUpdateDate, lines, total.Amount, total.CurrencyCode, ToBuyer(buyer), settings)
            {
                ShipmentServiceLevel = order.ShipmentServiceLevel,
            }
            : new OrderShipped(order.Id, order.StoreId, order.MarketplaceId, channel, order.PurchaseDate,
                order.LastUpdateDate, lines, total.Amount, total.CurrencyCode, ToBuyer(buyer), settings)
            {
                ShipmentServiceLevel = order.ShipmentServiceLevel,
            };
    }

    private static async Task<object?> ToOrderCanceledAsync(
        IEvent<AmazonOrderStatusChanged> @event, IQuerySession session, CancellationToken cancellationToken)
    {
        var order = await session.Events.AggregateStreamAsync<AmazonOrder>(
            @event.StreamKey!, version: @event.Version, token: cancellationToken);
        return order is null
            ? null
            : new OrderCanceled(order.Id, order.StoreId, order.FulfillmentChannel.ToString(), order.LastUpdateDate,
                await StoreSettingsAsync(session, order.StoreId, @event.Data.SettingsVersion, cancellationToken));
    }

    /// <summary>
    /// The store's settings as they were at <paramref name="settingsVersion"/>. That is not the store stream's version
    /// (backfills share the stream), so the store is read up to the event that made that settings version.
    /// </summary>
    private static async Task<StoreSettings> StoreSettingsAsync(
        IQuerySession session, string storeId, int settingsVersion, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(storeId, token: cancellationToken);
        var madeIt = events.FirstOrDefault(@event => @event.Data switch
        {
            AmazonStoreConnected => settingsVersion == 1,
            OrderSettingsChanged changed => changed.SettingsVersion == settingsVersion,
            _ => false,
        });
        var store = madeIt is null
            ? null
            : await session.Events.AggregateStreamAsync<AmazonStore>(storeId, version: madeIt.Version, token: cancellationToken);
        if (store is null)
        {
            throw new InvalidOperationException($"Store '{storeId}' has no settings version {settingsVersion}.");
        }

        var settings = store.Settings;
        return new StoreSettings(
            store.SettingsVersion, store.WebsiteCode, settings.ImportOrders, settings.StoreViewCode,
            settings.CustomerCreation.ToString(), settings.OrderNumberSource.ToString(), settings.PendingOrders.ToString(),
            settings.CustomProcessingStatus, settings.State == StoreState.Active, settings.ReadOnlyMode);
    }

    private static OrderLine ToLine(AmazonOrderItem item) => new(item.OrderItemId, item.SellerSku, item.Quantity)
    {
        Title = item.Title,
        Prices = item.ItemPrice is null ? null : new LinePrices(
            item.ItemPrice.Amount,
            item.ItemTax?.Amount ?? 0,
            item.ShippingPrice?.Amount ?? 0,
            item.ShippingTax?.Amount ?? 0,
            item.PromotionDiscount?.Amount ?? 0,
            item.ShippingDiscount?.Amount ?? 0),
    };

    private static Buyer? ToBuyer(BuyerPersonalData? data) => data is null ? null : new Buyer(
        data.BuyerName,
        data.BuyerEmail,
        data.ShippingAddress is not { } address ? null : new PostalAddress(
            address.Name, address.CompanyName, address.AddressLine1, address.AddressLine2, address.AddressLine3,
            address.City, address.StateOrRegion, address.PostalCode, address.CountryCode, address.Phone));
}
