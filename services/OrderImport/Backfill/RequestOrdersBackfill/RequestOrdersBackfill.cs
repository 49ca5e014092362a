using Fulfillment.ServiceDefaults.Security;
using Fulfillment.OrderImport.Stores;

namespace Fulfillment.OrderImport.Backfill.RequestOrdersBackfill;

/// <param name="From">The earliest purchase date to import (inclusive).</param>
/// <param name="To">The latest purchase date to import (inclusive); not in the future.</param>
/// <param name="RequestedBy">
/// For whom the caller acts, as the caller's tool names them; recorded in the store's history after the signed-in
/// caller, never instead (X4).
/// </param>
public sealed record RequestOrdersBackfillRequest(DateTimeOffset? From, DateTimeOffset? To, string? RequestedBy);

public sealed record RequestOrdersBackfill(
    Guid BackfillId, DateTimeOffset From, DateTimeOffset To, string? RequestedBy, DateTimeOffset Now);

/// <summary>S7: an inactive store makes no call to Amazon, a backfill included.</summary>
public sealed class StoreInactiveException(string storeId)
    : InvalidOperationException($"Store '{storeId}' is Inactive: it makes no call to Amazon. Set it Active to backfill.");

public static class RequestOrdersBackfillDecider
{
    /// <summary>
    /// The same range asked again while its backfill is still open changes nothing (an operator's double click), so
    /// Amazon is not read twice for it. An overlapping range is a backfill of its own: importing twice is harmless.
    /// </summary>
    public static IReadOnlyList<object> Decide(AmazonStore store, RequestOrdersBackfill command)
    {
        if (!store.IsActive)
        {
            throw new StoreInactiveException(store.Id);
        }

        return store.OpenBackfills.Any(open => open.From == command.From && open.To == command.To)
            ? []
            : [new OrdersBackfillRequested(store.Id, command.BackfillId, command.From, command.To, command.RequestedBy, command.Now)];
    }
}
