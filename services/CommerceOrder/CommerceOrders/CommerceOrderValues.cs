namespace Fulfillment.CommerceOrder.CommerceOrders;

public enum CommerceOrderStage
{
    /// <summary>Amazon has not verified the order yet: no Commerce order may exist (W1, A1).</summary>
    AwaitingAmazonVerification,

    /// <summary>The store does not import orders (S1): the order stays listed in OrderImport, nothing is created.</summary>
    NotImported,

    /// <summary>The stock gate stopped it (C1); it is retried when the catalog changes (C2).</summary>
    Blocked,

    /// <summary>The gate passed and the stock is held; CustomerProvisioning is asked for the customer (W4).</summary>
    AwaitingCustomer,

    /// <summary>The Commerce order exists: <c>processing</c> (MFN, shipped in part or not yet) or <c>complete</c> (FBA).</summary>
    Placed,

    /// <summary>Every item of the MFN order shipped: the Commerce order is <c>complete</c> (W5).</summary>
    Completed,

    /// <summary>Amazon canceled it after part of it shipped: flagged for a return, not refunded automatically (A2).</summary>
    ReturnRequired,

    /// <summary>Amazon canceled it after creation: refunded offline and closed (A2).</summary>
    Closed,

    /// <summary>Amazon canceled it before creation: no Commerce order will ever exist (A2).</summary>
    Canceled,
}

/// <summary>An Amazon order line as known before Amazon verified the order (no prices).</summary>
public sealed record CommerceOrderLine(string OrderItemId, string SellerSku, int Quantity);

/// <summary>An Amazon order line with Amazon's amounts (totals for the whole quantity).</summary>
public sealed record VerifiedLine(
    string OrderItemId,
    string SellerSku,
    string? Title,
    int Quantity,
    decimal ItemPrice,
    decimal ItemTax,
    decimal ShippingPrice,
    decimal ShippingTax,
    decimal PromotionDiscount,
    decimal ShippingDiscount);

/// <summary>The store settings (SPEC §5) that decide how the Commerce order is created, with their version.</summary>
public sealed record CreationSettings(
    int Version,
    string WebsiteCode,
    bool ImportOrders,
    string? StoreViewCode,
    string CustomerCreation,
    string OrderNumberSource,
    string? CustomProcessingStatus);

/// <summary>One Commerce order item, priced as Amazon charged it.</summary>
public sealed record PlacedItem(
    string ItemId,
    string AmazonOrderItemId,
    string Sku,
    string Name,
    int Quantity,
    decimal Price,
    decimal RowTotal,
    decimal TaxAmount,
    decimal DiscountAmount);

/// <param name="DiscountAmount">Promotions on items and shipping, as a positive amount taken off the total.</param>
public sealed record OrderTotals(
    string CurrencyCode,
    decimal Subtotal,
    decimal ShippingAmount,
    decimal TaxAmount,
    decimal DiscountAmount,
    decimal GrandTotal);

public static class FulfillmentChannels
{
    public const string Merchant = "MFN";
    public const string Amazon = "AFN";
}

/// <summary>One package of a shipment, numbered within the Amazon order (Amazon's <c>packageReferenceId</c>).</summary>
public sealed record ShipmentPackage(
    string PackageReferenceId,
    string CarrierCode,
    string CarrierTitle,
    string TrackingNumber,
    IReadOnlyList<ShipmentLine> Lines);

/// <param name="ItemId">The Commerce order item id.</param>
public sealed record ShipmentLine(string ItemId, string AmazonOrderItemId, string Sku, int Quantity);
