using Fulfillment.ServiceDefaults.Errors;
using Fulfillment.SpApiClient.CallFailures;

namespace Fulfillment.OrderImport.OperatorsPage.Errors;

/// <summary>A message waiting in one of a service's error queues, with the service that owns the queue.</summary>
public sealed record FailedMessageRow(string Service, FailedMessage Message)
{
    public string MessageTypeName => Errors.MessageTypeName.Short(Message.MessageType);
}

/// <summary>A failed call to Amazon, with the service that made it.</summary>
public sealed record AmazonErrorRow(string Service, AmazonCallFailure Failure);

/// <summary>Whether a service answered, and what the page says about it (how many it listed, or why it did not answer).</summary>
public sealed record ErrorSource(string Service, bool Answered, string Note);

/// <summary>What the Errors page shows: every service's failed messages and Amazon errors, and who did not answer.</summary>
public sealed record ErrorsOverview(
    IReadOnlyList<FailedMessageRow> FailedMessages,
    IReadOnlyList<ErrorSource> FailedMessageSources,
    IReadOnlyList<AmazonErrorRow> AmazonErrors,
    IReadOnlyList<ErrorSource> AmazonErrorSources);
