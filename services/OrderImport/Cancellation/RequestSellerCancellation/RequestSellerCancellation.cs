using Fulfillment.OrderImport.AmazonOrders;
using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Cancellation.RequestSellerCancellation;

public sealed record RequestSellerCancellation(Guid CancellationId, string ReasonCode, string? RequestedBy, DateTimeOffset Now);

/// <summary>Why the order cannot be canceled by the seller now (409).</summary>
public sealed class CancellationRefusedException(string message) : InvalidOperationException(message);

public static class RequestSellerCancellationDecider
{
    /// <summary>
    /// Only a merchant-fulfilled order nothing of which has shipped may be canceled by the seller: Amazon ships FBA
    /// orders itself, and a shipped unit is a return, not a cancel. An inactive store makes no call to Amazon (S7).
    /// The same reason asked again while the cancel is on its way changes nothing (an operator's double click).
    /// </summary>
    /// <exception cref="CancellationRefusedException">The order or the store does not allow it.</exception>
    public static IReadOnlyList<object> Decide(AmazonOrder order, AmazonStore store, RequestSellerCancellation command)
    {
        if (order.FulfillmentChannel == FulfillmentChannel.AFN)
        {
            throw new CancellationRefusedException($"Order {order.Id} is fulfilled by Amazon (FBA): only Amazon can cancel it.");
        }

        var nothingShipped = order.Shipments.All.Count == 0;
        if (!(order.Status == AmazonOrderStatus.Unshipped || (order.Status == AmazonOrderStatus.PartiallyShipped && nothingShipped))
            || !nothingShipped)
        {
            throw new CancellationRefusedException(
                $"Order {order.Id} is {order.Status}{(nothingShipped ? "" : " with units shipped")}: only an Unshipped order can be canceled.");
        }

        if (!store.IsActive)
        {
            throw new CancellationRefusedException($"Store '{store.Id}' is Inactive: it makes no call to Amazon. Set it Active to cancel.");
        }

        if (order.SellerCancellation is { IsOpen: true } open)
        {
            return open.ReasonCode == command.ReasonCode
                ? []
                : throw new CancellationRefusedException(
                    $"Order {order.Id} is already being canceled with reason {open.ReasonCode}.");
        }

        return [new SellerCancellationRequested(
            order.Id, order.StoreId, command.CancellationId, command.ReasonCode, command.RequestedBy, command.Now, store.SettingsVersion)];
    }
}
