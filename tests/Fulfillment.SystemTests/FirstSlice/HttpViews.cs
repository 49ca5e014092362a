namespace Fulfillment.SystemTests.FirstSlice;

/// <summary>The JSON the services answer with, as a client reads it.</summary>
public sealed record OrderLineResponse(string OrderItemId, string SellerSku, int Quantity);

public sealed record AmazonOrderResponse(
    string AmazonOrderId, string StoreId, string FulfillmentChannel, string Status, IReadOnlyList<OrderLineResponse> Items, long Version);

public sealed record CommerceOrderProcessResponse(
    string AmazonOrderId, string StoreId, string FulfillmentChannel, string Stage, IReadOnlyList<OrderLineResponse> Lines, long Version);
