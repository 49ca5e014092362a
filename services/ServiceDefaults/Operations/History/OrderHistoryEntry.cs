using System.Text.Json;

namespace Fulfillment.ServiceDefaults.Operations.History;

/// <summary>
/// One event of one service on an Amazon order's cross-service timeline (O2). The Orders page and the operator CLI
/// merge these from every service by timestamp then sequence. <see cref="Actor"/> names who made the call that
/// appended the event (X4), when a person or a machine did.
/// </summary>
public sealed record OrderHistoryEntry(
    string Service,
    string StreamKey,
    long Version,
    long Sequence,
    string EventType,
    DateTimeOffset Timestamp,
    string? CausationId,
    string? CorrelationId,
    int? SettingsVersion,
    JsonElement Data,
    string? Actor = null)
{
    /// <summary>
    /// The store settings version an event was decided under: <c>SettingsVersion</c>, or <c>Settings.Version</c>
    /// for events that carry the whole settings; null for events that carry neither.
    /// </summary>
    public static int? SettingsVersionOf(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (data.TryGetProperty("SettingsVersion", out var version) && version.ValueKind == JsonValueKind.Number
            && version.TryGetInt32(out var direct))
        {
            return direct;
        }

        return data.TryGetProperty("Settings", out var settings) && settings.ValueKind == JsonValueKind.Object
            && settings.TryGetProperty("Version", out var nested) && nested.ValueKind == JsonValueKind.Number
            && nested.TryGetInt32(out var fromSettings)
                ? fromSettings
                : null;
    }
}
