using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders.Creation;
using Fulfillment.CommerceOrder.Websites;

namespace Fulfillment.CommerceOrder.CommerceOrders.PlaceCommerceOrder;

/// <param name="SequenceNumber">The next Commerce increment number, when the store numbers orders itself (S4).</param>
public sealed record PlaceCommerceOrder(
    string AmazonOrderId,
    string? CustomerId,
    bool CustomerIsGuest,
    long? SequenceNumber,
    DateTimeOffset Now);

public static class PlaceCommerceOrderDecider
{
    public const string PaymentMethod = "amazonpayment";
    public const string ShippingMethod = "amazonshipping";

    /// <summary>True when the order waits for its customer, the only moment a number is worth taking.</summary>
    public static bool IsAwaitingCustomer(CommerceOrderProcess? process) =>
        process is { Stage: CommerceOrderStage.AwaitingCustomer, Verified: not null };

    public static bool NeedsSequenceNumber(CommerceOrderProcess process) =>
        process.Verified!.Settings.OrderNumberSource != StoreSettingValues.AmazonOrderNumber;

    /// <summary>
    /// Places the order once: invoiced offline for Amazon's total (W3), <c>processing</c> with the store's status
    /// (S6) for MFN, <c>complete</c> for FBA (F3); in the configured store view or the website's default (S2); MFN
    /// takes its units out of stock (C3). Any other stage (already placed, canceled meanwhile) changes nothing.
    /// </summary>
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess? process, PlaceCommerceOrder command, IReadOnlyDictionary<string, Product?> products,
        CommerceWebsites websites)
    {
        if (!IsAwaitingCustomer(process))
        {
            return [];
        }

        var verified = process!.Verified!;
        var settings = verified.Settings;
        var incrementId = NeedsSequenceNumber(process)
            ? (command.SequenceNumber ?? throw new InvalidOperationException("A Commerce increment number is needed."))
                .ToString("D9", System.Globalization.CultureInfo.InvariantCulture)
            : process.Id;
        var (state, status) = process.IsMerchantFulfilled
            ? ("processing", settings.CustomProcessingStatus ?? "processing")
            : ("complete", "complete");
        var totals = OrderPricing.Totals(verified);
        var placed = new OrderPlaced(
            process.Id, process.StoreId, incrementId, process.FulfillmentChannel, state, status,
            websites.ResolveStoreView(settings.WebsiteCode, settings.StoreViewCode), command.CustomerId,
            command.CustomerIsGuest, PaymentMethod, ShippingMethod, verified.ShipmentServiceLevel,
            OrderPricing.Items(verified, products), totals, settings.Version, command.Now);
        return
        [
            placed,
            new OrderInvoiced(process.Id, incrementId, totals.GrandTotal, totals.CurrencyCode, command.Now),
            .. StockHolds.Deduct(process, products, command.Now),
        ];
    }
}
