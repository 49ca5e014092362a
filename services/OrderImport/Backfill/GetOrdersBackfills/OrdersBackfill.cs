using Marten.Events.Projections;

namespace Fulfillment.OrderImport.Backfill.GetOrdersBackfills;

public enum OrdersBackfillStatus
{
    Requested,
    Running,
    Completed,
    Failed,
}

/// <summary>A backfill as operators follow it. Id = the backfill id.</summary>
/// <param name="ListedUntil">How far Amazon's listing reached once completed.</param>
/// <param name="Problem">Why it failed.</param>
public sealed record OrdersBackfill(
    Guid Id,
    string StoreId,
    DateTimeOffset From,
    DateTimeOffset To,
    string? RequestedBy,
    DateTimeOffset RequestedAt,
    OrdersBackfillStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    OrdersBackfillCounts? Counts,
    DateTimeOffset? ListedUntil,
    string? Problem);

/// <summary>Keeps <see cref="OrdersBackfill"/> from the store streams' backfill events; rebuildable from them.</summary>
public sealed partial class OrdersBackfillProjection : MultiStreamProjection<OrdersBackfill, Guid>
{
    public OrdersBackfillProjection()
    {
        Identity<OrdersBackfillRequested>(requested => requested.BackfillId);
        Identity<OrdersBackfillStarted>(started => started.BackfillId);
        Identity<OrdersBackfillCompleted>(completed => completed.BackfillId);
        Identity<OrdersBackfillFailed>(failed => failed.BackfillId);
    }

    public static OrdersBackfill Create(OrdersBackfillRequested requested) => new(
        requested.BackfillId,
        requested.StoreId,
        requested.From,
        requested.To,
        requested.RequestedBy,
        requested.RequestedAt,
        OrdersBackfillStatus.Requested,
        StartedAt: null,
        FinishedAt: null,
        Counts: null,
        ListedUntil: null,
        Problem: null);

    public static OrdersBackfill Apply(OrdersBackfillStarted started, OrdersBackfill backfill) =>
        backfill with { Status = OrdersBackfillStatus.Running, StartedAt = started.StartedAt };

    public static OrdersBackfill Apply(OrdersBackfillCompleted completed, OrdersBackfill backfill) => backfill with
    {
        Status = OrdersBackfillStatus.Completed,
        FinishedAt = completed.CompletedAt,
        Counts = completed.Counts,
        ListedUntil = completed.ListedUntil,
    };

    public static OrdersBackfill Apply(OrdersBackfillFailed failed, OrdersBackfill backfill) => backfill with
    {
        Status = OrdersBackfillStatus.Failed,
        FinishedAt = failed.FailedAt,
        Counts = failed.Counts,
        Problem = failed.Reason,
    };
}
