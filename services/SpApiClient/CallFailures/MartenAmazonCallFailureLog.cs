using Marten;
using Microsoft.Extensions.Options;

namespace Fulfillment.SpApiClient.CallFailures;

/// <summary>
/// Keeps each failed SP-API attempt in the service's own database, and forgets those older than the retention in
/// the same transaction, so the record stays bounded without a job of its own.
/// </summary>
public sealed class MartenAmazonCallFailureLog(
    IDocumentStore documentStore, IOptions<AmazonCallFailureOptions> options) : ISpApiCallFailureRecorder
{
    public async Task RecordAsync(SpApiCallFailure failure, CancellationToken cancellationToken)
    {
        var oldestKept = failure.At - options.Value.Retention;
        await using var session = documentStore.LightweightSession();
        session.Store(AmazonCallFailure.From(failure, Guid.CreateVersion7(failure.At)));
        session.DeleteWhere<AmazonCallFailure>(kept => kept.At < oldestKept);
        await session.SaveChangesAsync(cancellationToken);
    }
}
