namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderCreated;

public sealed record NoteCommerceOrderCreated(
    string AmazonOrderId, string CommerceOrderNumber, DateTimeOffset PlacedAt, DateTimeOffset Now);

public static class NoteCommerceOrderCreatedDecider
{
    /// <summary>
    /// The Commerce order's number is recorded once (W3). A redelivered message changes nothing, and neither does one
    /// that arrives after the close, a shipment or the completion, which recorded the number already; another number for the same Amazon order is
    /// refused (<see cref="CommerceOrderProgress.EnsureSameNumber"/>).
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteCommerceOrderCreated command)
    {
        order.Commerce.EnsureSameNumber(order.Id, command.CommerceOrderNumber);
        return order.Commerce.Number is not null
            ? []
            : [new CommerceOrderCreated(order.Id, command.CommerceOrderNumber, command.PlacedAt, command.Now)];
    }
}
