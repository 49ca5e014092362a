using Fulfillment.SpApiSimulator.Orders;
using Fulfillment.SpApiSimulator.OrdersApi.Shapes;

namespace Fulfillment.SpApiSimulator.OrdersApi.Projections;

/// <summary>
/// The ship-to address as Amazon shows it: only in the statuses the model names, the restricted parts (name, street,
/// phone, address type) only to a Restricted Data Token, and the phone never for FBA orders nor for a shipped MFN
/// order past its latest delivery date.
/// </summary>
public static class AddressProjection
{
    public static Address? ShippingAddress(SimulatedOrder order, bool withRestrictedData, DateTimeOffset now)
    {
        if (!order.ShowsBuyer || order.ShipTo is not { } address)
        {
            return null;
        }

        var open = new Address(
            City: address.City, StateOrRegion: address.StateOrRegion, PostalCode: address.PostalCode,
            CountryCode: address.CountryCode);
        return withRestrictedData
            ? open with
            {
                Name = address.Name,
                AddressLine1 = address.AddressLine1,
                AddressLine2 = address.AddressLine2,
                Phone = PhoneIsSuppressed(order, now) ? null : address.Phone,
                AddressType = address.AddressType,
            }
            : open;
    }

    private static bool PhoneIsSuppressed(SimulatedOrder order, DateTimeOffset now) =>
        order.FulfillmentChannel == FulfillmentChannel.AFN
        || (order.Status == OrderStatus.Shipped && now > order.LatestDeliveryDate);
}
