using System.Globalization;
using Fulfillment.SpApiClient.Models;

namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>One package as Amazon's <c>confirmShipment</c> takes it (T2): carrier, tracking number, ship date, items.</summary>
public static class ConfirmShipmentRequests
{
    public static ConfirmShipmentRequest For(ShipmentConfirmation confirmation, PackageConfirmation package)
    {
        var (carrierCode, carrierName) = AmazonCarriers.For(package.CarrierCode, package.CarrierTitle);
        return new ConfirmShipmentRequest(
            confirmation.MarketplaceId,
            new PackageDetail(
                package.PackageReferenceId,
                carrierCode,
                carrierName,
                package.TrackingNumber,
                confirmation.ShippedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                [.. package.Items.Select(item => new ConfirmShipmentOrderItem(item.AmazonOrderItemId, item.Quantity))]));
    }
}
