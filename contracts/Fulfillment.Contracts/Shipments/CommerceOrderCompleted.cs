namespace Fulfillment.Contracts.Shipments;

/// <summary>Every item of the Commerce order has shipped: the order is <c>complete</c> (W5).</summary>
public sealed record CommerceOrderCompleted(
    string AmazonOrderId,
    string StoreId,
    string CommerceOrderNumber,
    DateTimeOffset CompletedAt);
