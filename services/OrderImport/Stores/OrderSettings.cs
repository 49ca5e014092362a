namespace Fulfillment.OrderImport.Stores;

public enum CustomerCreation
{
    /// <summary>Commerce orders are guest orders; no customer is created (S3 default).</summary>
    Guest,
    /// <summary>The customer with the buyer's email in the website is reused, or created.</summary>
    BuildNewCustomerAccount,
}

public enum OrderNumberSource
{
    CommerceIncrementNumber,
    AmazonOrderNumber,
}

public enum PendingOrders
{
    DoNotReserveQuantity,
    ReserveQuantity,
}

public enum StoreState
{
    Active,
    Inactive,
}

/// <summary>
/// A store's order settings (S1-S8). S9 is the rule that orders purchased before the store was connected are not
/// imported unless an operator backfills them.
/// </summary>
public sealed record OrderSettings(
    bool ImportOrders,
    string? StoreViewCode,
    CustomerCreation CustomerCreation,
    OrderNumberSource OrderNumberSource,
    PendingOrders PendingOrders,
    string? CustomProcessingStatus,
    StoreState State,
    bool ReadOnlyMode)
{
    public static OrderSettings Defaults { get; } = new(
        ImportOrders: true,
        StoreViewCode: null,
        CustomerCreation.Guest,
        OrderNumberSource.CommerceIncrementNumber,
        PendingOrders.DoNotReserveQuantity,
        CustomProcessingStatus: null,
        StoreState.Active,
        ReadOnlyMode: false);
}
