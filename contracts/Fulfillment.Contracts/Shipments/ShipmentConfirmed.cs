namespace Fulfillment.Contracts.Shipments;

/// <summary>Amazon accepted every package of the shipment (T2, T3): the buyer is notified by Amazon.</summary>
public sealed record ShipmentConfirmed(
    string ShipmentId,
    string AmazonOrderId,
    string StoreId,
    IReadOnlyList<string> TrackingNumbers,
    DateTimeOffset ConfirmedAt);
