namespace Fulfillment.CommerceOrder.CommerceOrders.ShipCommerceOrder;

/// <summary>The shipment as recorded, with the order's state after it (snake_case, as Commerce's API).</summary>
public sealed record ShipmentResponse(
    string ShipmentId,
    string IncrementId,
    string OrderState,
    int ItemsShipped,
    int ItemsUnshipped,
    IReadOnlyList<PackageResponse> Packages)
{
    public static ShipmentResponse From(ShipmentRecorded shipment, CommerceOrderProcess order) => new(
        shipment.ShipmentId,
        shipment.IncrementId,
        order.Stage == CommerceOrderStage.Completed ? "complete" : order.Placement!.State,
        shipment.ItemsShipped,
        shipment.ItemsUnshipped,
        [.. shipment.Packages.Select(package => new PackageResponse(
            package.PackageReferenceId, package.CarrierCode, package.CarrierTitle, package.TrackingNumber,
            [.. package.Lines.Select(line => new PackageItemResponse(line.ItemId, line.Sku, line.Quantity))]))]);
}

public sealed record PackageResponse(
    string PackageReferenceId, string CarrierCode, string Title, string TrackNumber, IReadOnlyList<PackageItemResponse> Items);

public sealed record PackageItemResponse(string OrderItemId, string Sku, int Qty);
