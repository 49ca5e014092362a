namespace Fulfillment.TrackingSync.Confirmations.SendConfirmations;

/// <summary>
/// T3: before a package whose last attempt got no answer is sent again, Amazon's view of the order is checked. The
/// Orders API shows what has shipped as quantities per order item, not as packages, so the view proves a package
/// recorded only when, for each of its items, Amazon's shipped quantity covers this package on top of every other
/// package of the order that Amazon accepted or may have recorded (other packages in doubt or in flight count as
/// recorded, the cautious reading). Otherwise the package is sent again, and Amazon's "already confirmed" still
/// counts as success. A quantity shipped outside Fulfillment (by hand in Seller Central) also reads as recorded;
/// Amazon would refuse a re-send of it anyway, as more than is left to ship.
/// </summary>
public static class AmazonShippedView
{
    /// <param name="shipmentId">The shipment the package belongs to.</param>
    /// <param name="package">The package in doubt.</param>
    /// <param name="confirmationsOfOrder">Every shipment confirmation of the Amazon order, this one included.</param>
    /// <param name="shippedByOrderItem">Amazon's <c>QuantityShipped</c> per order item id.</param>
    public static bool ShowsRecorded(
        string shipmentId,
        PackageConfirmation package,
        IEnumerable<ShipmentConfirmation> confirmationsOfOrder,
        IReadOnlyDictionary<string, int> shippedByOrderItem)
    {
        var others = confirmationsOfOrder
            .SelectMany(confirmation => confirmation.Packages.Select(other => (confirmation.Id, Package: other)))
            .Where(other => !(other.Id == shipmentId && other.Package.PackageReferenceId == package.PackageReferenceId))
            .Where(other => other.Package.State is PackageState.Accepted or PackageState.Sent)
            .SelectMany(other => other.Package.Items)
            .GroupBy(item => item.AmazonOrderItemId)
            .ToDictionary(items => items.Key, items => items.Sum(item => item.Quantity), StringComparer.Ordinal);

        return package.Items
            .GroupBy(item => item.AmazonOrderItemId)
            .All(items => shippedByOrderItem.GetValueOrDefault(items.Key)
                >= others.GetValueOrDefault(items.Key) + items.Sum(item => item.Quantity));
    }
}
