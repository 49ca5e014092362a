using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders.Creation;
using Fulfillment.CommerceOrder.Websites;

namespace Fulfillment.CommerceOrder.CommerceOrders.VerifyAmazonOrder;

/// <summary>Amazon verified the order: MFN <c>Unshipped</c> (W2) or FBA <c>Shipped</c> (F2).</summary>
public sealed record VerifyAmazonOrder(
    string AmazonOrderId,
    string StoreId,
    string MarketplaceId,
    string FulfillmentChannel,
    IReadOnlyList<VerifiedLine> Lines,
    decimal OrderTotal,
    string CurrencyCode,
    string? ShipmentServiceLevel,
    CreationSettings Settings,
    DateTimeOffset Now);

public static class VerifyAmazonOrderDecider
{
    public const string ImportDisabled = "The store does not import Amazon orders (S1)";

    /// <summary>
    /// The first verification of an order records it and runs the creation: skipped when the store does not import
    /// orders (S1, releasing any reservation), otherwise the stock gate. Later verifications (a redelivery, the FBA
    /// and MFN messages both arriving, a replay) change nothing, except that a blocked order runs the gate again:
    /// that is C2's retry "on the next sync". An order Amazon canceled stays canceled.
    /// </summary>
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess? process, VerifyAmazonOrder command, IReadOnlyDictionary<string, Product?> products,
        CommerceWebsites websites)
    {
        if (process is { Stage: CommerceOrderStage.Blocked })
        {
            return CreationGate.Decide(process, products, websites, command.Now);
        }

        if (process?.Verified is not null || process?.Stage == CommerceOrderStage.Canceled)
        {
            return [];
        }

        var verified = new AmazonOrderVerified(
            command.AmazonOrderId, command.StoreId, command.MarketplaceId, command.FulfillmentChannel, command.Lines,
            command.OrderTotal, command.CurrencyCode, command.ShipmentServiceLevel, command.Settings, command.Now);
        var after = process is null ? CommerceOrderProcess.Create(verified) : process.Apply(verified);
        if (!command.Settings.ImportOrders)
        {
            var releases = StockHolds.ReleaseAll(after, products, ImportDisabled, command.Now);
            return [verified, new OrderCreationSkipped(after.Id, ImportDisabled, command.Settings.Version, command.Now), .. releases];
        }

        return [verified, .. CreationGate.Decide(after, products, websites, command.Now)];
    }
}
