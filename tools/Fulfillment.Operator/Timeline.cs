using System.Text.Json;

namespace Fulfillment.Operator;

/// <summary>One Amazon order's events from every service, merged into one timeline (O2).</summary>
public static class Timeline
{
    /// <summary>By timestamp, then by sequence within a service, then by service name so that the order is stable.</summary>
    public static IReadOnlyList<JsonElement> Merge(IEnumerable<JsonElement> entries) =>
        entries
            .OrderBy(entry => entry.GetProperty("timestamp").GetDateTimeOffset())
            .ThenBy(entry => entry.GetProperty("service").GetString(), StringComparer.Ordinal)
            .ThenBy(entry => entry.GetProperty("sequence").GetInt64())
            .ToList();

    public static string Line(JsonElement entry)
    {
        var causation = entry.TryGetProperty("causationId", out var cause) && cause.ValueKind == JsonValueKind.String
            ? $" caused by {cause.GetString()}"
            : "";
        var settings = entry.TryGetProperty("settingsVersion", out var version) && version.ValueKind == JsonValueKind.Number
            ? $" settings v{version.GetInt32()}"
            : "";
        return $"{entry.GetProperty("timestamp").GetDateTimeOffset():u}  {entry.GetProperty("service").GetString(),-20} " +
               $"{entry.GetProperty("streamKey").GetString()} v{entry.GetProperty("version").GetInt64()}  " +
               $"{entry.GetProperty("eventType").GetString()}{settings}{causation}";
    }
}
