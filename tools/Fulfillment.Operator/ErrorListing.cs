using System.Globalization;
using System.Text.Json;

namespace Fulfillment.Operator;

/// <summary>How <c>errors</c> and <c>amazon-errors</c> print what the services' O4 endpoints list: one line each.</summary>
public static class ErrorListing
{
    /// <summary>
    /// A failed message of <c>GET /admin/errors</c>: when, service, error queue, message id, type, Amazon order and
    /// reason; never its body, which may carry a buyer's personal data.
    /// </summary>
    public static string FailedMessageLine(string service, JsonElement message)
    {
        var failedAt = TimeOf(message, "failedAt")?.ToString("u", CultureInfo.InvariantCulture) ?? "(no time)";
        var order = Text(message, "amazonOrderId") is { } amazonOrderId ? $"  order {amazonOrderId}" : "";
        return $"{failedAt}  {service,-21} {Text(message, "queue")}  {Text(message, "messageId") ?? "(no id)"}  " +
               $"{ShortTypeName(Text(message, "messageType"))}{order}  {OneLine(Text(message, "reason") ?? "(no reason)")}";
    }

    /// <summary>A failed SP-API call of <c>GET /admin/amazon-errors</c>.</summary>
    public static string AmazonErrorLine(string service, JsonElement failure)
    {
        var status = failure.TryGetProperty("httpStatus", out var http) && http.ValueKind == JsonValueKind.Number
            ? http.GetInt32().ToString()
            : "no answer";
        var retried = failure.TryGetProperty("willRetry", out var retry) && retry.ValueKind == JsonValueKind.True ? ", retried" : ", gave up";
        return $"{TimeOf(failure, "at")?.ToString("u", CultureInfo.InvariantCulture) ?? "(no time)"}  {service,-21} {Text(failure, "storeId") ?? "seller " + Text(failure, "sellerId")}  " +
               $"{Text(failure, "operation")}  {status} {Text(failure, "amazonCode")}  " +
               $"attempt {failure.GetProperty("attempt").GetInt32()}{retried}  {OneLine(Text(failure, "message") ?? "")}";
    }

    /// <summary>MassTransit's message type URN without its namespace: <c>urn:message:A.B:OrderUnshipped</c> is <c>OrderUnshipped</c>.</summary>
    public static string ShortTypeName(string? messageType) =>
        string.IsNullOrWhiteSpace(messageType) ? "(unknown type)"
        : messageType[(messageType.LastIndexOf(':') + 1)..] is { Length: > 0 } name ? name
        : messageType;

    /// <summary>The error queues of one service's listing that hold the message.</summary>
    public static IReadOnlyList<string> QueuesHolding(JsonElement listing, string messageId) =>
        [.. listing.GetProperty("messages").EnumerateArray()
            .Where(message => Text(message, "messageId") == messageId)
            .Select(message => Text(message, "queue")!)
            .Distinct()];

    /// <summary>Entries from every service, newest first by <paramref name="timeProperty"/>; those without a time last.</summary>
    public static IReadOnlyList<(string Service, JsonElement Entry)> NewestFirst(
        IEnumerable<(string Service, JsonElement Entry)> entries, string timeProperty) =>
        [.. entries.OrderByDescending(entry => TimeOf(entry.Entry, timeProperty) ?? DateTimeOffset.MinValue)];

    private static DateTimeOffset? TimeOf(JsonElement element, string name) =>
        Text(element, name) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An exception message may span lines; a listing keeps one line per entry.</summary>
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
