using System.Text.Json;

namespace Fulfillment.OrderImport.OperatorsPage.Timeline;

/// <summary>
/// One event about an Amazon order, from any service's <c>GET /admin/history/orders/{amazonOrderId}</c>: what
/// happened, when, in which service and stream, under which settings version, caused by which message and, for a
/// call, made by whom (<c>person:&lt;name&gt;</c> or <c>machine:&lt;client id&gt;</c>).
/// </summary>
public sealed record TimelineEntry(
    string Service,
    string? StreamKey,
    long? Version,
    long? Sequence,
    string EventType,
    DateTimeOffset Timestamp,
    string? CausationId,
    string? CorrelationId,
    int? SettingsVersion,
    JsonElement? Data,
    string? Actor = null)
{
    /// <summary>A short rendering of the event's data for the page (events carry no personal data).</summary>
    public string DataText(int maxLength = 400)
    {
        if (Data is not { } data || data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return "";
        }

        var text = data.ValueKind == JsonValueKind.String ? data.GetString() ?? "" : data.GetRawText();
        return text.Length <= maxLength ? text : text[..maxLength] + "…";
    }
}

/// <summary>Whether a service's part of the timeline could be read, and why not.</summary>
public sealed record TimelineSource(string Service, bool Answered, string Note);
