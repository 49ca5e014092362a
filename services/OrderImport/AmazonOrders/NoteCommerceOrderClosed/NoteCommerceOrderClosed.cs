namespace Fulfillment.OrderImport.AmazonOrders.NoteCommerceOrderClosed;

public sealed record NoteCommerceOrderClosed(
    string AmazonOrderId,
    string CommerceOrderNumber,
    decimal RefundedAmount,
    string CurrencyCode,
    DateTimeOffset ClosedAt,
    DateTimeOffset Now);

public static class NoteCommerceOrderClosedDecider
{
    /// <summary>
    /// The refund and close of the Commerce order are recorded once (A2), even when the close overtook the message
    /// that the order was created; a close of another Commerce order than the one recorded is refused.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonOrder order, NoteCommerceOrderClosed command)
    {
        order.Commerce.EnsureSameNumber(order.Id, command.CommerceOrderNumber);
        return order.Commerce.Closed
            ? []
            : [new CommerceOrderRefundedAndClosed(
                order.Id, command.CommerceOrderNumber, command.RefundedAmount, command.CurrencyCode, command.ClosedAt,
                command.Now)];
    }
}
