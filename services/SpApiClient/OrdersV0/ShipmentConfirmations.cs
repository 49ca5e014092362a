using Fulfillment.SpApiClient.Models;

namespace Fulfillment.SpApiClient.OrdersV0;

/// <summary>How Amazon took a package: newly recorded, or recorded before (the same package reference id).</summary>
public enum ShipmentConfirmationOutcome
{
    Accepted,
    AlreadyConfirmed,
}

/// <summary>
/// Orders API v0 <c>confirmShipment</c>: one package per call. Amazon refuses a package reference id it already
/// recorded for the order with 400 <c>InvalidInput</c>; that refusal means the package is confirmed, so it is an
/// outcome here, not an error. Any other refusal is a <see cref="SpApiRequestRejectedException"/>.
/// </summary>
public sealed class ShipmentConfirmations(SpApiTransport transport)
{
    /// <summary>
    /// Amazon does not publish the wording; the simulator answers "The package has already been confirmed for this
    /// order.", and any refusal that says the package was already confirmed is read the same way.
    /// </summary>
    public static bool MeansAlreadyConfirmed(SpApiRequestRejectedException rejection) =>
        rejection.StatusCode == 400
        && rejection.AmazonMessage.Contains("already been confirmed", StringComparison.OrdinalIgnoreCase);

    public static string PathOf(string amazonOrderId) =>
        $"/orders/v0/orders/{Uri.EscapeDataString(amazonOrderId)}/shipmentConfirmation";

    /// <exception cref="SpApiRequestRejectedException">Amazon refused the package for good.</exception>
    /// <exception cref="SpApiOutcomeUnknownException">No answer came back: the package may be recorded.</exception>
    /// <exception cref="SpApiUnavailableException">Throttled or failing through every attempt.</exception>
    public async Task<ShipmentConfirmationOutcome> ConfirmAsync(
        AmazonStoreAccess store, string amazonOrderId, ConfirmShipmentRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendCommandAsync(
                store, SpApiOperation.ConfirmShipment, HttpMethod.Post, PathOf(amazonOrderId), request, cancellationToken);
            return ShipmentConfirmationOutcome.Accepted;
        }
        catch (SpApiRequestRejectedException rejection) when (MeansAlreadyConfirmed(rejection))
        {
            return ShipmentConfirmationOutcome.AlreadyConfirmed;
        }
    }

    /// <summary>
    /// Amazon's view of what has shipped: <c>QuantityShipped</c> per order item id, read with <c>getOrderItems</c>
    /// (every page). This is the only per-package trace the Orders API v0 gives of confirmations.
    /// </summary>
    /// <exception cref="SpApiUnavailableException">Throttled or failing through every attempt.</exception>
    public async Task<IReadOnlyDictionary<string, int>> ShippedQuantitiesAsync(
        AmazonStoreAccess store, string amazonOrderId, CancellationToken cancellationToken) =>
        (await transport.GetOrderItemsAsync(store, amazonOrderId, cancellationToken) ?? [])
            .Where(item => item.OrderItemId is not null)
            .GroupBy(item => item.OrderItemId!, StringComparer.Ordinal)
            .ToDictionary(items => items.Key, items => items.Sum(item => item.QuantityShipped ?? 0), StringComparer.Ordinal);
}
