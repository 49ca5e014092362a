using Fulfillment.CommerceOrder.Catalog;

namespace Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

/// <param name="ReserveQuantity">S5 Reserve Quantity for an MFN order of a store that imports orders.</param>
public sealed record NoteAmazonOrderPending(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    IReadOnlyList<CommerceOrderLine> Lines,
    bool ReserveQuantity,
    DateTimeOffset Now);

public static class NoteAmazonOrderPendingDecider
{
    /// <summary>
    /// An order already known is not noted again: a redelivered or replayed message changes nothing, and a pending
    /// message arriving after the verified one cannot take the order back. With S5 on, each managed SKU is
    /// reserved when it is available; one that is not is skipped with a note and does not hold the order back.
    /// </summary>
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess? process, NoteAmazonOrderPending command, IReadOnlyDictionary<string, Product?> products)
    {
        if (process is not null)
        {
            return [];
        }

        var noted = new AmazonOrderPendingNoted(
            command.AmazonOrderId, command.StoreId, command.FulfillmentChannel, command.Lines, command.Now);
        if (!command.ReserveQuantity || command.FulfillmentChannel != FulfillmentChannels.Merchant)
        {
            return [noted];
        }

        var reservations = CommerceOrderProcess.Create(noted).QuantitiesBySku()
            .Select(need => Reserve(command, need.Key, need.Value, products.GetValueOrDefault(need.Key)))
            .OfType<object>();
        return [noted, .. reservations];
    }

    private static object? Reserve(NoteAmazonOrderPending command, string sku, int needed, Product? product)
    {
        if (product is null)
        {
            return new StockReservationSkipped(
                command.AmazonOrderId, sku, $"Product '{sku}' does not exist in the catalog", command.Now);
        }

        if (!product.ManageStock)
        {
            return null;
        }

        return product.Salable >= needed
            ? new StockReserved(sku, command.AmazonOrderId, needed, command.Now)
            : new StockReservationSkipped(
                command.AmazonOrderId, sku,
                $"Product '{sku}' has {Math.Max(product.Salable, 0)} salable, {needed} ordered", command.Now);
    }
}
