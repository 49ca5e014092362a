namespace Fulfillment.CommerceOrder.Catalog;

/// <summary>A product was created or changed through the catalog API; quantities are absolute, as Commerce's stock edit.</summary>
public sealed record ProductSaved(
    string Sku, string Name, bool Enabled, int Quantity, bool ManageStock, DateTimeOffset SavedAt);

/// <summary>
/// <paramref name="Quantity"/> units are held for an Amazon order (S5, or the gate passed): the order's whole hold
/// of this SKU, not an increment.
/// </summary>
public sealed record StockReserved(string Sku, string AmazonOrderId, int Quantity, DateTimeOffset ReservedAt) : IStockEvent;

/// <summary>The order no longer holds this SKU (it was canceled by Amazon) and the units are salable again.</summary>
public sealed record StockReservationReleased(
    string Sku, string AmazonOrderId, int Quantity, string Reason, DateTimeOffset ReleasedAt) : IStockEvent;

/// <summary>The Commerce order was placed (C3): the quantity left stock, and the order's hold ends.</summary>
public sealed record StockDeducted(string Sku, string AmazonOrderId, int Quantity, DateTimeOffset DeductedAt) : IStockEvent;

/// <summary>The Commerce order was refunded before anything shipped (A2): its units are back in stock.</summary>
public sealed record StockReturned(string Sku, string AmazonOrderId, int Quantity, DateTimeOffset ReturnedAt) : IStockEvent;
