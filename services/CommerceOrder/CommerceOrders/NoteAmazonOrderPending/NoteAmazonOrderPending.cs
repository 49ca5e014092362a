namespace Fulfillment.CommerceOrder.CommerceOrders.NoteAmazonOrderPending;

public sealed record NoteAmazonOrderPending(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    IReadOnlyList<CommerceOrderLine> Lines,
    DateTimeOffset Now);

public static class NoteAmazonOrderPendingDecider
{
    /// <summary>An order already known is not noted again: a redelivered or replayed message changes nothing.</summary>
    public static IReadOnlyList<object> Decide(CommerceOrderProcess? process, NoteAmazonOrderPending command) =>
        process is not null
            ? []
            : [new AmazonOrderPendingNoted(
                command.AmazonOrderId, command.StoreId, command.FulfillmentChannel, command.Lines, command.Now)];
}
