namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// Where the next poll of a store starts: the end of the last window Amazon answered completely. Operational
/// progress, not business history, so it is a document rather than an event stream. Id = store id.
/// </summary>
public sealed record OrderPollWatermark(string Id, DateTimeOffset LastUpdatedAfter, DateTimeOffset PolledAt);
