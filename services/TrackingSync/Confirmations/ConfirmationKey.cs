namespace Fulfillment.TrackingSync.Confirmations;

/// <summary>
/// A confirmation's stream key. A shipment id is only unique within its Amazon order (it is the merchant's
/// <c>Idempotency-Key</c>, and an ERP that numbers shipments per order sends <c>ship-1</c> for every order), so the key
/// is the pair. Amazon order ids hold digits and dashes only, so the first slash always separates the two.
/// </summary>
public static class ConfirmationKey
{
    public static string Of(string amazonOrderId, string shipmentId) => $"{amazonOrderId}/{shipmentId}";
}
