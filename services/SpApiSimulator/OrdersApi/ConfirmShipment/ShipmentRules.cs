using Fulfillment.SpApiSimulator.Http;
using Fulfillment.SpApiSimulator.Orders;

namespace Fulfillment.SpApiSimulator.OrdersApi.ConfirmShipment;

/// <summary>
/// What Amazon checks before it records a package. The "already confirmed" check comes first, so that a client
/// retrying a confirmation whose answer it lost gets that answer rather than a quantity error.
/// </summary>
public static class ShipmentRules
{
    public const string AlreadyConfirmedMessage = "The package has already been confirmed for this order.";

    public const string InvalidOrderItemMessage =
        "OrderItemId is invalid, please obtain the value through the getOrderItems API or Manage Orders page";

    public static SpApiError? Refusal(SimulatedOrder order, ConfirmShipmentRequest request)
    {
        var package = request.Package;
        if (request.MarketplaceId != order.Marketplace.MarketplaceId)
        {
            return Invalid("Marketplace ID is not defined", $"The order belongs to marketplace {order.Marketplace.MarketplaceId}.");
        }

        if (order.FulfillmentChannel == FulfillmentChannel.AFN)
        {
            return Invalid("The order is fulfilled by Amazon (AFN); its shipments are not confirmed by the seller.");
        }

        if (order.Confirmations.Any(confirmed => confirmed.PackageReferenceId == package.PackageReferenceId))
        {
            return Invalid(AlreadyConfirmedMessage, $"PackageReferenceId {package.PackageReferenceId}");
        }

        if (order.Status is not (OrderStatus.Unshipped or OrderStatus.PartiallyShipped))
        {
            return Invalid($"The order is {order.Status} and cannot be confirmed as shipped.");
        }

        foreach (var confirmed in package.Items.GroupBy(item => item.OrderItemId))
        {
            var item = order.Items.FirstOrDefault(candidate => candidate.OrderItemId == confirmed.Key);
            if (item is null)
            {
                return Invalid(InvalidOrderItemMessage, $"OrderItemId {confirmed.Key}");
            }

            var quantity = confirmed.Sum(line => line.Quantity);
            if (confirmed.Any(line => line.Quantity <= 0) || quantity > item.QuantityLeftToShip)
            {
                return Invalid(
                    $"The quantity for OrderItemId {item.OrderItemId} must be from 1 to the {item.QuantityLeftToShip} left to ship.",
                    $"OrderItemId {item.OrderItemId}: quantity {quantity}");
            }
        }

        return null;
    }

    private static SpApiError Invalid(string message, string details = "") =>
        new(SpApiResults.InvalidInputCode, message, details);
}
