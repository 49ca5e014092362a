namespace Fulfillment.Contracts.AmazonOrders;

/// <summary>
/// The Amazon store's order settings that downstream decisions need (SPEC §5), with the version they come from so
/// that every decision can say which settings it used.
/// </summary>
public sealed record StoreSettings(
    int Version,
    string WebsiteCode,
    bool ImportOrders,
    string? StoreViewCode,
    string CustomerCreation,
    string OrderNumberSource,
    string PendingOrders,
    string? CustomProcessingStatus,
    bool StoreActive,
    bool ReadOnlyMode);
