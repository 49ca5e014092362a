namespace Fulfillment.OrderImport.Polling;

/// <summary>
/// A store's watermark was ahead of Amazon's clock, so its poll read from <see cref="From"/>, the latest start Amazon
/// accepts, instead: an event of the store's stream, so that operators see it in the store's history and view.
/// </summary>
/// <param name="Watermark">Where the poll should have resumed.</param>
/// <param name="AmazonNow">Amazon's clock as its answers told it.</param>
public sealed record OrderPollingWindowClamped(
    string StoreId,
    DateTimeOffset Watermark,
    DateTimeOffset AmazonNow,
    DateTimeOffset From,
    DateTimeOffset ClampedAt)
{
    public string Note =>
        $"The polling watermark {Watermark:O} was ahead of Amazon's clock ({AmazonNow:O}); orders were read from " +
        $"{From:O}, the latest start Amazon accepts (at {ClampedAt:O}).";
}
