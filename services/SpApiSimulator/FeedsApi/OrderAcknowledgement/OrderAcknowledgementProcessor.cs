using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.FeedsApi.OrderAcknowledgement;

/// <summary>
/// Applies a <c>POST_ORDER_ACKNOWLEDGEMENT_DATA</c> feed to the seller's orders. <c>Success</c> acknowledges and
/// changes nothing; <c>Failure</c> cancels the whole order with the items' <c>CancelReason</c>, as Amazon does only
/// for a merchant-fulfilled order nothing of which has shipped. The result codes are the simulator's own: Amazon
/// does not publish a table of them.
/// </summary>
public sealed class OrderAcknowledgementProcessor(OrderBook orders)
{
    public const string UnreadableDocumentCode = "5001";
    public const string UnknownOrderCode = "18028";
    public const string NotCancelableCode = "18029";
    public const string InvalidMessageCode = "8001";

    public ProcessingReport Process(string feedId, string sellerId, byte[]? content, DateTimeOffset now)
    {
        if (content is null)
        {
            return Unreadable(feedId, "The feed document was never uploaded.");
        }

        if (OrderAcknowledgementMessage.ReadEnvelope(content, out var problem) is not { } messages)
        {
            return Unreadable(feedId, problem!);
        }

        var errors = messages.Select(message => Apply(feedId, sellerId, message, now)).OfType<ProcessingResult>().ToList();
        return new ProcessingReport(feedId, messages.Count, errors);
    }

    private ProcessingResult? Apply(string feedId, string sellerId, OrderAcknowledgementMessage message, DateTimeOffset now)
    {
        if (message.AmazonOrderId is not { Length: > 0 } orderId || message.StatusCode is not ("Success" or "Failure"))
        {
            return Error(message, InvalidMessageCode, "The message needs an AmazonOrderID and a StatusCode of Success or Failure.");
        }

        if (orders.Find(sellerId, orderId) is null)
        {
            return Error(message, UnknownOrderCode, $"The order id {orderId} was not found for this merchant.");
        }

        if (message.StatusCode == "Success")
        {
            return null;
        }

        var change = orders.Change(orderId, order => Refusal(order, message) is { } refusal
            ? new OrderChange<ProcessingResult?>(null, refusal)
            : new OrderChange<ProcessingResult?>(
                order.CancelBySeller(new SellerCancellation(message.Items[0].CancelReason!, Later(SpApiDates.ToWholeSeconds(now), order.LastUpdateDate), feedId)),
                null));
        return change?.Outcome;
    }

    private static ProcessingResult? Refusal(SimulatedOrder order, OrderAcknowledgementMessage message)
    {
        if (order.FulfillmentChannel == FulfillmentChannel.AFN)
        {
            return Error(message, NotCancelableCode, $"Order {order.AmazonOrderId} is fulfilled by Amazon: the seller cannot cancel it.");
        }

        if (order.QuantityShipped > 0 || StatusTransitions.Refusal(order, OrderStatus.Canceled) is not null)
        {
            return Error(message, NotCancelableCode, $"Order {order.AmazonOrderId} is {order.Status} and can no longer be canceled.");
        }

        var listed = message.Items.Select(item => item.AmazonOrderItemCode).ToHashSet(StringComparer.Ordinal);
        if (!listed.SetEquals(order.Items.Select(item => item.OrderItemId)))
        {
            return Error(message, InvalidMessageCode,
                "List every AmazonOrderItemCode of the order, each once: the simulator cancels whole orders only.");
        }

        var reasons = message.Items.Select(item => item.CancelReason).Distinct().ToList();
        return reasons is [{ } reason] && CancelReasons.All.Contains(reason)
            ? null
            : Error(message, InvalidMessageCode,
                $"Every item needs the same CancelReason, one of {string.Join(", ", CancelReasons.All)}.");
    }

    private static ProcessingReport Unreadable(string feedId, string problem) =>
        new(feedId, 0, [new ProcessingResult("0", UnreadableDocumentCode, problem, null)]);

    // An order's LastUpdateDate only moves forward, also when Amazon's clock reads an earlier second than a change placed ahead.
    private static DateTimeOffset Later(DateTimeOffset now, DateTimeOffset lastUpdate) => now > lastUpdate ? now : lastUpdate.AddSeconds(1);

    private static ProcessingResult Error(OrderAcknowledgementMessage message, string code, string description) =>
        new(message.MessageId, code, description, message.AmazonOrderId);
}
