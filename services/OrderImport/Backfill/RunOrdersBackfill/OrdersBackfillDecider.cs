using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Backfill.RunOrdersBackfill;

public sealed record StartOrdersBackfill(Guid BackfillId, DateTimeOffset Now);

public sealed record CompleteOrdersBackfill(
    Guid BackfillId, OrdersBackfillCounts Counts, DateTimeOffset ListedUntil, DateTimeOffset Now);

public sealed record FailOrdersBackfill(Guid BackfillId, string Reason, OrdersBackfillCounts Counts, DateTimeOffset Now);

/// <summary>
/// The run of a backfill as the store's history tells it. A run that is repeated (after a restart, or on a second
/// replica that lost the race) finds the backfill started or closed already and records nothing more.
/// </summary>
public static class OrdersBackfillDecider
{
    public static IReadOnlyList<object> Decide(AmazonStore store, StartOrdersBackfill command) =>
        OpenOf(store, command.BackfillId) is { Started: false }
            ? [new OrdersBackfillStarted(store.Id, command.BackfillId, command.Now)]
            : [];

    /// <summary>Complete only once Amazon's listing reached the end of the range: an order placed just before
    /// <c>To</c> is listed only two minutes after its last change.</summary>
    public static IReadOnlyList<object> Decide(AmazonStore store, CompleteOrdersBackfill command)
    {
        if (OpenOf(store, command.BackfillId) is not { } open)
        {
            return [];
        }

        return command.ListedUntil >= open.To
            ? [new OrdersBackfillCompleted(store.Id, command.BackfillId, command.Counts, command.ListedUntil, command.Now)]
            : throw new InvalidOperationException(
                $"Backfill {command.BackfillId} reached {command.ListedUntil:o} only, before its end {open.To:o}.");
    }

    public static IReadOnlyList<object> Decide(AmazonStore store, FailOrdersBackfill command) =>
        OpenOf(store, command.BackfillId) is not null
            ? [new OrdersBackfillFailed(store.Id, command.BackfillId, command.Reason, command.Counts, command.Now)]
            : [];

    private static OpenOrdersBackfill? OpenOf(AmazonStore store, Guid backfillId) =>
        store.OpenBackfills.FirstOrDefault(open => open.BackfillId == backfillId);
}
