using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;

namespace Fulfillment.ServiceDefaults.Errors;

/// <summary>
/// Reads what MassTransit's error transport left on a message: its fault headers (<c>MT-Fault-*</c>, <c>MT-Reason</c>,
/// and <c>MT-Host-*</c> naming the host where it failed) and the envelope in the body; and gives the properties it is
/// re-sent with, without those headers.
/// </summary>
public static class ErrorQueueMessage
{
    private const string FaultHeaderPrefix = "MT-Fault-";
    private const string FaultingHostHeaderPrefix = "MT-Host-";

    public static FailedMessage Describe(string queue, BasicGetResult delivery)
    {
        var headers = delivery.BasicProperties.Headers ?? new Dictionary<string, object?>();
        var envelope = ParseBody(delivery.Body.Span);
        return new FailedMessage(
            queue,
            InputQueueOf(queue, headers),
            MessageIdOf(delivery.BasicProperties, envelope),
            (envelope?["messageType"] as JsonArray)?.FirstOrDefault()?.GetValue<string>(),
            AmazonOrderIdOf(envelope),
            Text(headers, MassTransit.MessageHeaders.FaultMessage),
            Text(headers, MassTransit.MessageHeaders.FaultExceptionType),
            DateTimeOffset.TryParse(
                Text(headers, MassTransit.MessageHeaders.FaultTimestamp), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            (JsonNode?)envelope ?? JsonValue.Create(Encoding.UTF8.GetString(delivery.Body.Span)));
    }

    public static string? MessageIdOf(BasicGetResult delivery) =>
        MessageIdOf(delivery.BasicProperties, ParseBody(delivery.Body.Span));

    /// <summary>
    /// The queue the message failed from: the last segment of <c>MT-Fault-InputAddress</c>, or the error queue's
    /// name without <c>_error</c> when the header is missing (both are the same for MassTransit's endpoints).
    /// </summary>
    public static string InputQueueOf(string errorQueue, IDictionary<string, object?> headers) =>
        Uri.TryCreate(Text(headers, MassTransit.MessageHeaders.FaultInputAddress), UriKind.Absolute, out var address)
        && address.Segments.LastOrDefault()?.Trim('/') is { Length: > 0 } name
            ? name
            : errorQueue[..^ServiceReceiveEndpoints.ErrorSuffix.Length];

    /// <summary>
    /// The message's own properties (message id, content type, headers) without what the fault and the redeliveries added.
    /// </summary>
    public static BasicProperties WithoutFaultHeaders(IReadOnlyBasicProperties properties)
    {
        var redriven = new BasicProperties(properties);
        if (properties.Headers is { } headers)
        {
            redriven.Headers = headers
                .Where(header => !IsFaultHeader(header.Key))
                .ToDictionary(header => header.Key, header => header.Value);
        }

        return redriven;
    }

    private static bool IsFaultHeader(string name) =>
        name.StartsWith(FaultHeaderPrefix, StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(FaultingHostHeaderPrefix, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, MassTransit.MessageHeaders.Reason, StringComparison.OrdinalIgnoreCase)
        // A re-driven message starts a new redelivery window: the operator fixed the cause.
        || string.Equals(name, Bus.DelayedRedeliveryFilter.FirstFailedAtHeader, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, Bus.DelayedRedeliveryFilter.CountHeader, StringComparison.OrdinalIgnoreCase);

    private static string? MessageIdOf(IReadOnlyBasicProperties properties, JsonNode? envelope) =>
        properties.MessageId is { Length: > 0 } id ? id : envelope?["messageId"]?.GetValue<string>();

    private static string? AmazonOrderIdOf(JsonNode? envelope) =>
        envelope?["message"]?["amazonOrderId"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;

    private static JsonObject? ParseBody(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value switch
        {
            byte[] bytes => Encoding.UTF8.GetString(bytes),
            AmqpTimestamp timestamp => DateTimeOffset.FromUnixTimeSeconds(timestamp.UnixTime).ToString("o", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        } : null;
}
