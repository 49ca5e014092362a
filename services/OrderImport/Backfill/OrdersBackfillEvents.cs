namespace Fulfillment.OrderImport.Backfill;

/// <summary>
/// An operator asked to import the orders placed from <see cref="From"/> to <see cref="To"/>, including those placed
/// before the store was connected (S9). Recorded on the store's stream, so the store's history shows who asked when.
/// </summary>
public sealed record OrdersBackfillRequested(
    string StoreId,
    Guid BackfillId,
    DateTimeOffset From,
    DateTimeOffset To,
    string? RequestedBy,
    DateTimeOffset RequestedAt);

public sealed record OrdersBackfillStarted(string StoreId, Guid BackfillId, DateTimeOffset StartedAt);

/// <param name="ListedUntil">How far Amazon's listing reached (its window end): never before <c>To</c>.</param>
public sealed record OrdersBackfillCompleted(
    string StoreId,
    Guid BackfillId,
    OrdersBackfillCounts Counts,
    DateTimeOffset ListedUntil,
    DateTimeOffset CompletedAt);

/// <summary>The backfill stopped for good (Amazon refused, the store was set Inactive); an operator can ask again.</summary>
public sealed record OrdersBackfillFailed(
    string StoreId,
    Guid BackfillId,
    string Reason,
    OrdersBackfillCounts Counts,
    DateTimeOffset FailedAt);

/// <summary>
/// What a backfill did with each order placed in its range: <see cref="Imported"/> recorded something new,
/// <see cref="Unchanged"/> was already known as Amazon shows it, <see cref="Skipped"/> is not Fulfillment's
/// business yet (an FBA order Amazon has not shipped, F1), <see cref="Failed"/> could not be read and waits as an
/// import problem that polling retries.
/// </summary>
public sealed record OrdersBackfillCounts(int Imported, int Unchanged, int Skipped, int Failed)
{
    public static OrdersBackfillCounts None { get; } = new(0, 0, 0, 0);
}
