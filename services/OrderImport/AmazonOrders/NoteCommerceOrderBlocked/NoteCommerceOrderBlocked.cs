namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderBlocked;

public sealed record NoteCommerceOrderBlocked(
    string AmazonOrderId, string Reason, IReadOnlyList<string> BlockingSkus, DateTimeOffset BlockedAt, DateTimeOffset Now);

public static class NoteCommerceOrderBlockedDecider
{
    /// <summary>
    /// A block is recorded when its reason is new (C1): not once a Commerce order exists (a late block is stale), not
    /// when it is no later than the block recorded last (a redelivery, or one overtaken by a newer block), and not
    /// when the reason is the one already shown.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteCommerceOrderBlocked command)
    {
        var commerce = order.Commerce;
        var isNews = commerce.Number is null
            && !(commerce.LastBlockedAt >= command.BlockedAt)
            && commerce.BlockReason != command.Reason;
        return isNews
            ? [new CommerceOrderCreationBlocked(order.Id, command.Reason, command.BlockingSkus, command.BlockedAt, command.Now)]
            : [];
    }
}
