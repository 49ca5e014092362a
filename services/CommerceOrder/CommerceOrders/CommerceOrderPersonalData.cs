using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.CommerceOrder.CommerceOrders;

/// <summary>
/// The buyer's and the customer's personal data for one Commerce order (SPEC §11), kept out of the events so that
/// it can be erased after the retention period while the order's history stays replayable. Keyed by Amazon order id.
/// </summary>
public sealed record CommerceOrderPersonalData(
    string Id,
    string? BuyerName,
    string? BuyerEmail,
    PostalAddress? ShippingAddress,
    string? CustomerEmail = null,
    string? CustomerFirstName = null,
    string? CustomerLastName = null);
