namespace Fulfillment.CommerceOrder.CommerceOrders;

public enum CommerceOrderStage
{
    /// <summary>Amazon has not verified the order yet: no Commerce order may exist (W1).</summary>
    AwaitingAmazonVerification,
}

public sealed record CommerceOrderLine(string OrderItemId, string SellerSku, int Quantity);

/// <summary>An Amazon order became known while still unverified by Amazon.</summary>
public sealed record AmazonOrderPendingNoted(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    IReadOnlyList<CommerceOrderLine> Lines,
    DateTimeOffset NotedAt);

/// <summary>
/// The life of one Commerce order, from the Amazon order it comes from. The stream key is the Amazon order id,
/// so one Amazon order can never make two Commerce orders.
/// </summary>
public sealed partial record CommerceOrderProcess(
    string Id,
    string StoreId,
    string FulfillmentChannel,
    CommerceOrderStage Stage,
    IReadOnlyList<CommerceOrderLine> Lines)
{
    public static CommerceOrderProcess Create(AmazonOrderPendingNoted noted) => new(
        noted.AmazonOrderId,
        noted.StoreId,
        noted.FulfillmentChannel,
        CommerceOrderStage.AwaitingAmazonVerification,
        noted.Lines);
}
