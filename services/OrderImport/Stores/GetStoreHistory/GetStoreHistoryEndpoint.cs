using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Fulfillment.ServiceDefaults.Security;

namespace Fulfillment.OrderImport.Stores.GetStoreHistory;

/// <summary>One event of a store's stream: connected, settings changed (with their version), backfills.</summary>
/// <param name="Type">The event's name, e.g. <c>OrderSettingsChanged</c>.</param>
public sealed record StoreHistoryEntry(long Version, string Type, DateTimeOffset RecordedAt, object Data);

public static class GetStoreHistoryEndpoint
{
    public static RouteGroupBuilder MapGetStoreHistory(this RouteGroupBuilder group)
    {
        group.MapGet("/{storeId}/history", GetAsync).RequireAuthorization(Permissions.ReadOrders);
        return group;
    }

    /// <summary>The store's events oldest first. They hold the credentials' name, never a secret.</summary>
    private static async Task<Results<Ok<IReadOnlyList<StoreHistoryEntry>>, ProblemHttpResult>> GetAsync(
        string storeId, IQuerySession session, CancellationToken cancellationToken)
    {
        var events = await session.Events.FetchStreamAsync(storeId, token: cancellationToken);
        return events.Count == 0
            ? TypedResults.Problem($"No store '{storeId}' is connected.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok<IReadOnlyList<StoreHistoryEntry>>(
                [.. events.Select(recorded => new StoreHistoryEntry(recorded.Version, recorded.EventType.Name, recorded.Timestamp, recorded.Data))]);
    }
}
