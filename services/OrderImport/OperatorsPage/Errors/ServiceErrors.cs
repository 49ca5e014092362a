using System.Text.Json;
using Fulfillment.OrderImport.OperatorsPage.Services;
using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.SpApiClient.CallFailures;

namespace Fulfillment.OrderImport.OperatorsPage.Errors;

/// <summary>
/// O4 for every service at once: each service's <c>GET /admin/errors</c> and, for the two that call Amazon,
/// <c>GET /admin/amazon-errors</c>, asked in parallel. A service that does not answer is named with the reason and
/// the page shows what the others listed.
/// </summary>
public sealed class ServiceErrors(OwningServices services)
{
    public const int AmazonErrorsPerService = 100;

    /// <summary>Every service has error queues: each consumes messages.</summary>
    public static IReadOnlyList<string> WithErrorQueues { get; } =
        [OwningServices.OrderImport, OwningServices.CustomerProvisioning, OwningServices.CommerceOrder, OwningServices.TrackingSync];

    /// <summary>The services that call Amazon's SP-API and keep its failures.</summary>
    public static IReadOnlyList<string> WithAmazonErrors { get; } = [OwningServices.OrderImport, OwningServices.TrackingSync];

    public async Task<ErrorsOverview> ReadAsync(CancellationToken cancellationToken)
    {
        var failedMessages = Task.WhenAll(WithErrorQueues.Select(service => ReadFailedMessagesAsync(service, cancellationToken)));
        var amazonErrors = Task.WhenAll(WithAmazonErrors.Select(service => ReadAmazonErrorsAsync(service, cancellationToken)));
        var messageAnswers = await failedMessages;
        var amazonAnswers = await amazonErrors;

        return new ErrorsOverview(
            [.. messageAnswers.SelectMany(answer => answer.Rows).OrderByDescending(row => row.Message.FailedAt)],
            [.. messageAnswers.Select(answer => answer.Source)],
            [.. amazonAnswers.SelectMany(answer => answer.Rows).OrderByDescending(row => row.Failure.At)],
            [.. amazonAnswers.Select(answer => answer.Source)]);
    }

    private static string Count(int count, string what) => count == 1 ? $"1 {what}" : $"{count} {what}s";

    private async Task<(IReadOnlyList<FailedMessageRow> Rows, ErrorSource Source)> ReadFailedMessagesAsync(
        string service, CancellationToken cancellationToken)
    {
        var (body, problem) = await services.GetAsync(service, "admin/errors", cancellationToken);
        if (body is not { ValueKind: JsonValueKind.Object } answer)
        {
            return ([], new ErrorSource(service, false, problem?.Summary ?? "the answer was not a list of failed messages"));
        }

        try
        {
            var listed = answer.Deserialize<FailedMessages>(OwningServices.Json)
                ?? throw new JsonException("the answer was empty");
            var note = Count(listed.Messages.Count, "failed message") + (listed.Truncated ? " (more are waiting than shown)" : "");
            return ([.. listed.Messages.Select(message => new FailedMessageRow(service, message))], new ErrorSource(service, true, note));
        }
        catch (JsonException exception)
        {
            return ([], new ErrorSource(service, false, $"its failed messages could not be read: {exception.Message}"));
        }
    }

    private async Task<(IReadOnlyList<AmazonErrorRow> Rows, ErrorSource Source)> ReadAmazonErrorsAsync(
        string service, CancellationToken cancellationToken)
    {
        var (body, problem) = await services.GetAsync(
            service, $"admin/amazon-errors?limit={AmazonErrorsPerService}", cancellationToken);
        if (body is not { ValueKind: JsonValueKind.Array } answer)
        {
            return ([], new ErrorSource(service, false, problem?.Summary ?? "the answer was not a list of Amazon errors"));
        }

        try
        {
            var failures = answer.Deserialize<List<AmazonCallFailure>>(OwningServices.Json) ?? [];
            var note = Count(failures.Count, "Amazon error") + (failures.Count == AmazonErrorsPerService ? " (the newest)" : "");
            return ([.. failures.Select(failure => new AmazonErrorRow(service, failure))], new ErrorSource(service, true, note));
        }
        catch (JsonException exception)
        {
            return ([], new ErrorSource(service, false, $"its Amazon errors could not be read: {exception.Message}"));
        }
    }
}
