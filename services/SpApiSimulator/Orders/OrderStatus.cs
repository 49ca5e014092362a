namespace Fulfillment.SpApiSimulator.Orders;

/// <summary>Amazon's <c>OrderStatus</c> values, spelled as the model spells them.</summary>
public enum OrderStatus
{
    PendingAvailability,
    Pending,
    Unshipped,
    PartiallyShipped,
    Shipped,
    InvoiceUnconfirmed,
    Canceled,
    Unfulfillable,
}

/// <summary>Amazon's <c>FulfillmentChannel</c>: <c>MFN</c> the seller ships, <c>AFN</c> Amazon ships (FBA).</summary>
public enum FulfillmentChannel
{
    MFN,
    AFN,
}
