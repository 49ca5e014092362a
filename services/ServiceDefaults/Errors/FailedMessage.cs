using System.Text.Json.Nodes;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// A message that failed and waits in an error queue, as an operator needs to judge it: what it is, which order it
/// concerns, why it failed, and the body that a re-drive sends again.
/// </summary>
/// <param name="InputQueue">The queue it failed from, where a re-drive sends it back.</param>
/// <param name="MessageType">The envelope's first message type, e.g. <c>urn:message:Fulfillment.Contracts.AmazonOrders:OrderUnshipped</c>.</param>
/// <param name="Reason">The exception message MassTransit recorded (<c>MT-Fault-Message</c>).</param>
/// <param name="Body">The MassTransit envelope as it will be re-sent (JSON), or its text when it is not JSON.</param>
public sealed record FailedMessage(
    string Queue,
    string InputQueue,
    string? MessageId,
    string? MessageType,
    string? AmazonOrderId,
    string? Reason,
    string? ExceptionType,
    DateTimeOffset? FailedAt,
    JsonNode? Body);

/// <param name="Truncated">True when a queue held more messages than were read (see <c>limit</c>).</param>
public sealed record FailedMessages(IReadOnlyList<FailedMessage> Messages, bool Truncated);

/// <summary>
/// What a re-drive did: the ids sent back to their queue (the first <see cref="ErrorQueueBroker.MaxRedrivenListed"/>
/// of a whole queue), how many, and those asked for that the queue did not hold.
/// </summary>
public sealed record RedriveOutcome(
    string Queue, string InputQueue, IReadOnlyList<string> Redriven, IReadOnlyList<string> NotFound, int RedrivenCount);
