using Fulfillment.OrderImport.Cancellation;

namespace Fulfillment.OrderImport.AmazonOrders;

/// <summary>
/// The channel order: one stream per Amazon order, keyed by the Amazon order id. Buyer personal data is not part
/// of it (SPEC §11): it lives in <see cref="BuyerPersonalData"/>, which can be erased while this history stays.
/// </summary>
/// <param name="ShipmentServiceLevel">Amazon's shipment service level category, when Amazon gave it.</param>
public sealed partial record AmazonOrder(
    string Id,
    string StoreId,
    string MarketplaceId,
    FulfillmentChannel FulfillmentChannel,
    AmazonOrderStatus Status,
    DateTimeOffset PurchaseDate,
    DateTimeOffset LastUpdateDate,
    IReadOnlyList<AmazonOrderItem> Items,
    AmazonOrderTotal? Total,
    bool HasBuyerDetails,
    string? BuyerCancelReason,
    string? ImportProblem,
    int SettingsVersion,
    string? ShipmentServiceLevel,
    CommerceOrderProgress Commerce)
{
    public bool DetailsKnown => Total is not null;

    /// <summary>The merchant's shipments from Commerce and what Amazon said to their tracking information (W5, T4).</summary>
    public ChannelShipments Shipments { get; init; } = ChannelShipments.None;

    /// <summary>When Fulfillment first saw the order Unshipped (W2): where the wait for its Commerce order starts.</summary>
    public DateTimeOffset? UnshippedSeenAt { get; init; }

    /// <summary>The operator's latest cancel of the order through Amazon (O5), if any.</summary>
    public SellerCancellationProgress? SellerCancellation { get; init; }

    public static AmazonOrder Create(AmazonOrderImported imported) => new(
        imported.AmazonOrderId,
        imported.StoreId,
        imported.MarketplaceId,
        imported.FulfillmentChannel,
        imported.Status,
        imported.PurchaseDate,
        imported.LastUpdateDate,
        imported.Items,
        Total: null,
        HasBuyerDetails: false,
        BuyerCancelReason: null,
        ImportProblem: null,
        imported.SettingsVersion,
        imported.ShipmentServiceLevel,
        CommerceOrderProgress.NotReported)
    {
        UnshippedSeenAt = imported.Status == AmazonOrderStatus.Unshipped ? imported.ImportedAt : null,
    };

    public AmazonOrder Apply(AmazonOrderStatusChanged changed) => this with
    {
        Status = changed.To,
        LastUpdateDate = changed.LastUpdateDate,
        SettingsVersion = changed.SettingsVersion,
        UnshippedSeenAt = UnshippedSeenAt ?? (changed.To == AmazonOrderStatus.Unshipped ? changed.ChangedAt : null),
    };

    public AmazonOrder Apply(AmazonOrderDetailsRecorded recorded) => this with
    {
        Items = recorded.Items,
        Total = recorded.Total,
        HasBuyerDetails = recorded.HasBuyerDetails,
        ShipmentServiceLevel = recorded.ShipmentServiceLevel ?? ShipmentServiceLevel,
    };

    public AmazonOrder Apply(BuyerCancellationRequested requested) => this with
    {
        BuyerCancelReason = requested.Reason,
        LastUpdateDate = requested.LastUpdateDate > LastUpdateDate ? requested.LastUpdateDate : LastUpdateDate,
    };

    public AmazonOrder Apply(AmazonOrderImportFailed failed) => this with { ImportProblem = failed.Problem };

    public AmazonOrder Apply(AmazonOrderImportRecovered recovered) => this with { ImportProblem = null };

    public AmazonOrder Apply(CommerceOrderCreationBlocked blocked) =>
        this with { Commerce = Commerce with { BlockReason = blocked.Reason, LastBlockedAt = blocked.BlockedAt } };

    public AmazonOrder Apply(CommerceOrderCreated created) =>
        this with { Commerce = Commerce with { Number = created.CommerceOrderNumber, BlockReason = null } };

    public AmazonOrder Apply(CommerceOrderRefundedAndClosed closed) => this with
    {
        Commerce = Commerce with { Number = closed.CommerceOrderNumber, Closed = true, BlockReason = null },
    };

    public AmazonOrder Apply(CommerceOrderMarkedComplete completed) => this with
    {
        Commerce = Commerce with { Number = completed.CommerceOrderNumber, Complete = true, BlockReason = null },
    };

    /// <summary>A shipment proves the Commerce order exists, even when it overtook the message that said so.</summary>
    public AmazonOrder Apply(CommerceShipmentCreated created) => this with
    {
        Commerce = Commerce with { Number = created.CommerceOrderNumber, BlockReason = null },
        Shipments = Shipments.Apply(created),
    };

    public AmazonOrder Apply(TrackingInformationSubmitted submitted) => this with { Shipments = Shipments.Apply(submitted) };

    public AmazonOrder Apply(TrackingTransmissionFailed failed) => this with { Shipments = Shipments.Apply(failed) };

    public AmazonOrder Apply(SellerCancellationRequested requested) =>
        this with { SellerCancellation = SellerCancellationProgress.Create(requested) };

    public AmazonOrder Apply(SellerCancellationSubmissionStarted started) =>
        this with { SellerCancellation = SellerCancellation?.Apply(started) };

    public AmazonOrder Apply(SellerCancellationSubmitted submitted) =>
        this with { SellerCancellation = SellerCancellation?.Apply(submitted) };

    public AmazonOrder Apply(SellerCancellationConfirmed confirmed) =>
        this with { SellerCancellation = SellerCancellation?.Apply(confirmed) };

    public AmazonOrder Apply(SellerCancellationRejected rejected) =>
        this with { SellerCancellation = SellerCancellation?.Apply(rejected) };
}
