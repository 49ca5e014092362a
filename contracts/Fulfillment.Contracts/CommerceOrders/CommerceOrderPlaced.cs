using Fulfillment.Contracts.AmazonOrders;

namespace Fulfillment.Contracts.CommerceOrders;

/// <summary>
/// A Commerce order was placed and invoiced offline for an Amazon order (W3, F3): the ERP/OMS/WMS hand-off (W4),
/// published once per Commerce order. It carries what a warehouse needs: lines with SKU and quantity, the ship-to
/// address, the shipping level, and both order numbers.
/// </summary>
/// <param name="State">Commerce order state: <c>processing</c> (MFN) or <c>complete</c> (FBA, nothing to ship).</param>
/// <param name="ShipmentServiceLevel">Amazon's shipment service level category (e.g. <c>Standard</c>, <c>Expedited</c>).</param>
public sealed record CommerceOrderPlaced(
    string AmazonOrderId,
    string StoreId,
    string CommerceOrderNumber,
    string FulfillmentChannel,
    string State,
    string Status,
    string StoreViewCode,
    string? CustomerId,
    bool CustomerIsGuest,
    string CustomerEmail,
    string PaymentMethod,
    string ShippingMethod,
    string? ShipmentServiceLevel,
    PostalAddress? ShipTo,
    IReadOnlyList<CommerceOrderItem> Items,
    CommerceOrderTotals Totals,
    DateTimeOffset PlacedAt,
    int SettingsVersion);

/// <param name="ItemId">The Commerce order item id, unique within the order.</param>
/// <param name="Price">Unit price; <see cref="RowTotal"/> is price times quantity, before tax and discount.</param>
public sealed record CommerceOrderItem(
    string ItemId,
    string AmazonOrderItemId,
    string Sku,
    string Name,
    int Quantity,
    decimal Price,
    decimal RowTotal,
    decimal TaxAmount,
    decimal DiscountAmount);

/// <summary>Order amounts in <see cref="CurrencyCode"/>; <see cref="GrandTotal"/> equals Amazon's order total.</summary>
public sealed record CommerceOrderTotals(
    string CurrencyCode,
    decimal Subtotal,
    decimal ShippingAmount,
    decimal TaxAmount,
    decimal DiscountAmount,
    decimal GrandTotal);
