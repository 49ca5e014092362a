using Fulfillment.CommerceOrder.Catalog;
using Fulfillment.CommerceOrder.CommerceOrders.Creation;

namespace Fulfillment.CommerceOrder.CommerceOrders.CancelCommerceOrder;

public sealed record CancelCommerceOrder(string AmazonOrderId, string StoreId, string FulfillmentChannel, DateTimeOffset Now);

public static class CancelCommerceOrderDecider
{
    public const string CanceledByAmazon = "Amazon canceled the order";

    /// <summary>
    /// A2: before the Commerce order exists, the process ends canceled (even for an order first heard of through its
    /// cancellation, so that a late verification cannot create it) and its holds are released. After, an MFN
    /// Commerce order is refunded offline in full, closed, and its units go back to stock. An FBA order is
    /// imported only once Amazon shipped it, so Amazon's cancellation of it changes nothing here. An order that shipped
    /// in part or in full is flagged for a return instead: its goods are on their way to the buyer.
    /// </summary>
    public static IReadOnlyList<object> Decide(
        CommerceOrderProcess? process, CancelCommerceOrder command, IReadOnlyDictionary<string, Product?> products)
    {
        if (process is null)
        {
            return [new OrderCreationCanceled(command.AmazonOrderId, command.StoreId, command.FulfillmentChannel, command.Now)];
        }

        switch (process.Stage)
        {
            case CommerceOrderStage.Canceled or CommerceOrderStage.Closed or CommerceOrderStage.ReturnRequired:
                return [];
            case CommerceOrderStage.Placed or CommerceOrderStage.Completed when process.ItemsShipped > 0:
                return [new OrderFlaggedForReturn(
                    process.Id, process.StoreId, process.IncrementId!, process.ItemsShipped, command.Now)];
            case CommerceOrderStage.Completed:
                return [];
            case CommerceOrderStage.Placed when !process.IsMerchantFulfilled:
                return [];
            case CommerceOrderStage.Placed:
                var placement = process.Placement!;
                var refund = process.TotalInvoiced - process.TotalRefunded;
                return
                [
                    new OrderRefunded(process.Id, placement.IncrementId, refund, placement.Totals.CurrencyCode, command.Now),
                    new OrderClosed(process.Id, process.StoreId, placement.IncrementId, refund, placement.Totals.CurrencyCode, command.Now),
                    .. StockHolds.Return(process, products, command.Now),
                ];
            default:
                return
                [
                    new OrderCreationCanceled(process.Id, process.StoreId, process.FulfillmentChannel, command.Now),
                    .. StockHolds.ReleaseAll(process, products, CanceledByAmazon, command.Now),
                ];
        }
    }
}
