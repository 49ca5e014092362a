namespace Fulfillment.SpApiClient.CallFailures;

/// <summary>A failed SP-API attempt as the service keeps it (a Marten document) and lists it to operators.</summary>
public sealed record AmazonCallFailure(
    Guid Id,
    string? StoreId,
    string SellerId,
    string MarketplaceId,
    string Operation,
    int? HttpStatus,
    string AmazonCode,
    string Message,
    int Attempt,
    bool WillRetry,
    DateTimeOffset At)
{
    public static AmazonCallFailure From(SpApiCallFailure failure, Guid id) => new(
        id, failure.StoreId, failure.SellerId, failure.MarketplaceId, failure.Operation, failure.HttpStatus,
        failure.AmazonCode, failure.Message, failure.Attempt, failure.WillRetry, failure.At);
}

/// <summary>How long failed calls are kept (configuration section <c>AmazonErrors</c>, e.g. <c>AmazonErrors__Retention</c>).</summary>
public sealed class AmazonCallFailureOptions
{
    public const string Section = "AmazonErrors";

    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
