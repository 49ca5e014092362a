using System.Text.Json.Serialization;

namespace Fulfillment.CommerceOrder.CommerceOrders.GetCommerceOrder;

/// <summary>
/// A Commerce order in the shape of Adobe Commerce's REST <c>GET /V1/orders/{id}</c> (snake_case, discount as a
/// negative amount), with the Amazon side under <c>extension_attributes</c>. No email is ever sent for an Amazon
/// order: the buyer hears from Amazon (W5).
/// </summary>
public sealed record CommerceOrderResponse(
    string IncrementId,
    string State,
    string Status,
    string StoreCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? CustomerId,
    bool CustomerIsGuest,
    string? CustomerEmail,
    string? CustomerFirstname,
    string? CustomerLastname,
    bool EmailSent,
    string OrderCurrencyCode,
    decimal Subtotal,
    decimal ShippingAmount,
    decimal TaxAmount,
    decimal DiscountAmount,
    decimal GrandTotal,
    decimal TotalInvoiced,
    decimal TotalPaid,
    decimal TotalRefunded,
    int TotalQtyOrdered,
    string ShippingDescription,
    CommerceOrderPayment Payment,
    IReadOnlyList<CommerceOrderItemResponse> Items,
    CommerceOrderExtensionAttributes ExtensionAttributes);

public sealed record CommerceOrderPayment(string Method, string PoNumber, decimal AmountOrdered, decimal AmountPaid);

public sealed record CommerceOrderItemResponse(
    string ItemId,
    string Sku,
    string Name,
    int QtyOrdered,
    int QtyInvoiced,
    int QtyShipped,
    int QtyRefunded,
    decimal Price,
    decimal RowTotal,
    decimal TaxAmount,
    decimal DiscountAmount,
    [property: JsonPropertyName("amazon_order_item_id")] string AmazonOrderItemId);

public sealed record CommerceOrderExtensionAttributes(
    string AmazonOrderId,
    string AmazonStoreId,
    string FulfillmentChannel,
    string? ShipmentServiceLevel,
    int SettingsVersion,
    IReadOnlyList<ShippingAssignment> ShippingAssignments);

public sealed record ShippingAssignment(ShippingAssignmentShipping Shipping);

public sealed record ShippingAssignmentShipping(string Method, ShippingAddressResponse? Address);

public sealed record ShippingAddressResponse(
    string? Firstname,
    string? Lastname,
    string? Company,
    IReadOnlyList<string> Street,
    string? City,
    string? Region,
    string? Postcode,
    string? CountryId,
    string? Telephone);
