namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCompleted;

public sealed record NoteCommerceOrderCompleted(
    string AmazonOrderId, string CommerceOrderNumber, DateTimeOffset CompletedAt, DateTimeOffset Now);

public static class NoteCommerceOrderCompletedDecider
{
    /// <summary>
    /// That the Commerce order is complete is recorded once (W5); a completion of another Commerce order than the one
    /// recorded is refused. It tells an operator the Commerce side is done; the channel status follows from the
    /// shipments and Amazon's status, not from this message, so its arrival order does not matter.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteCommerceOrderCompleted command)
    {
        order.Commerce.EnsureSameNumber(order.Id, command.CommerceOrderNumber);
        return order.Commerce.Complete
            ? []
            : [new CommerceOrderMarkedComplete(order.Id, command.CommerceOrderNumber, command.CompletedAt, command.Now)];
    }
}
