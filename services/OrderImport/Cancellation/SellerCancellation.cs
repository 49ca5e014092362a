using Marten.Events.Projections;

namespace Fulfillment.OrderImport.Cancellation;

/// <summary>One seller cancel as the worker follows it. Id = the cancellation id.</summary>
public sealed record SellerCancellation(
    Guid Id,
    string AmazonOrderId,
    string StoreId,
    string ReasonCode,
    DateTimeOffset RequestedAt,
    SellerCancellationStatus Status,
    string? FeedId);

/// <summary>Keeps <see cref="SellerCancellation"/> from the order streams' cancel events; rebuildable from them.</summary>
public sealed partial class SellerCancellationProjection : MultiStreamProjection<SellerCancellation, Guid>
{
    public SellerCancellationProjection()
    {
        Identity<SellerCancellationRequested>(requested => requested.CancellationId);
        Identity<SellerCancellationSubmitted>(submitted => submitted.CancellationId);
        Identity<SellerCancellationConfirmed>(confirmed => confirmed.CancellationId);
        Identity<SellerCancellationRejected>(rejected => rejected.CancellationId);
    }

    public static SellerCancellation Create(SellerCancellationRequested requested) => new(
        requested.CancellationId, requested.AmazonOrderId, requested.StoreId, requested.ReasonCode, requested.RequestedAt,
        SellerCancellationStatus.Requested, FeedId: null);

    public static SellerCancellation Apply(SellerCancellationSubmitted submitted, SellerCancellation cancellation) =>
        cancellation with { Status = SellerCancellationStatus.Submitted, FeedId = submitted.FeedId };

    public static SellerCancellation Apply(SellerCancellationConfirmed confirmed, SellerCancellation cancellation) =>
        cancellation with { Status = SellerCancellationStatus.Confirmed };

    public static SellerCancellation Apply(SellerCancellationRejected rejected, SellerCancellation cancellation) =>
        cancellation with { Status = SellerCancellationStatus.Rejected, FeedId = rejected.FeedId ?? cancellation.FeedId };
}
