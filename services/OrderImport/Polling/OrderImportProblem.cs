namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// An order Amazon listed but Fulfillment could not import (a malformed answer, an unknown status, a refused
/// call). Operators see it with its reason; every poll retries it until the import succeeds, which deletes it.
/// </summary>
public sealed record OrderImportProblem(
    string Id,
    string StoreId,
    string Problem,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    int Attempts);
