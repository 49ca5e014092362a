namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>Amazon canceled the order (A2): release any reservation; close the Commerce order if one exists.</summary>
public sealed record OrderCanceled(
    string AmazonOrderId,
    string StoreId,
    string FulfillmentChannel,
    DateTimeOffset LastUpdateDate,
    StoreSettings Settings);
