namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrder;

public static class CommerceOrderResponseMapping
{
    public static CommerceOrderResponse From(CommerceOrderProcess process, CommerceOrderPersonalData? personal)
    {
        var placed = process.Placement
            ?? throw new InvalidOperationException($"Order {process.Id} has no Commerce order.");
        var totals = placed.Totals;
        var refunded = process.Stage == CommerceOrderStage.Closed;
        var (state, status) = process.Stage switch
        {
            CommerceOrderStage.Closed => ("closed", "closed"),
            CommerceOrderStage.Completed => ("complete", "complete"),
            CommerceOrderStage.ReturnRequired => (placed.State, "return_required"),
            _ => (placed.State, placed.Status),
        };
        return new CommerceOrderResponse(
            placed.IncrementId,
            state,
            status,
            placed.StoreViewCode,
            placed.PlacedAt,
            process.UpdatedAt,
            placed.CustomerId,
            placed.CustomerIsGuest,
            personal?.CustomerEmail,
            personal?.CustomerFirstName,
            personal?.CustomerLastName,
            EmailSent: false,
            totals.CurrencyCode,
            totals.Subtotal,
            totals.ShippingAmount,
            totals.TaxAmount,
            -totals.DiscountAmount,
            totals.GrandTotal,
            process.TotalInvoiced,
            process.TotalInvoiced,
            process.TotalRefunded,
            placed.Items.Sum(item => item.Quantity),
            placed.ShipmentServiceLevel is { } level ? $"Amazon Shipping - {level}" : "Amazon Shipping",
            new CommerceOrderPayment(placed.PaymentMethod, process.Id, totals.GrandTotal, process.TotalInvoiced),
            [.. placed.Items.Select(item => new CommerceOrderItemResponse(
                item.ItemId, item.Sku, item.Name, item.Quantity, item.Quantity,
                process.IsMerchantFulfilled ? process.QuantityShipped.GetValueOrDefault(item.ItemId) : item.Quantity,
                refunded ? item.Quantity : 0,
                item.Price, item.RowTotal, item.TaxAmount, -item.DiscountAmount, item.AmazonOrderItemId))],
            new CommerceOrderExtensionAttributes(
                process.Id, process.StoreId, process.FulfillmentChannel, placed.ShipmentServiceLevel,
                placed.SettingsVersion,
                [new ShippingAssignment(new ShippingAssignmentShipping(placed.ShippingMethod, AddressOf(personal)))]));
    }

    private static ShippingAddressResponse? AddressOf(CommerceOrderPersonalData? personal)
    {
        if (personal?.ShippingAddress is not { } address)
        {
            return null;
        }

        var name = (address.Name ?? "").Trim();
        var space = name.IndexOf(' ');
        return new ShippingAddressResponse(
            space < 0 ? name : name[..space],
            space < 0 ? "" : name[(space + 1)..],
            address.CompanyName,
            [.. new[] { address.AddressLine1, address.AddressLine2, address.AddressLine3 }.OfType<string>().Where(line => line.Length > 0)],
            address.City,
            address.StateOrRegion,
            address.PostalCode,
            address.CountryCode,
            address.Phone);
    }
}
