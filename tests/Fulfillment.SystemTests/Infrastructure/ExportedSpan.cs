using System.Text.Json;

namespace Fulfillment.SystemTests.Infrastructure;

/// <summary>One span as an OTLP/JSON export shows it: the service that sent it, its scope, kind and attributes.</summary>
public sealed record ExportedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> LinkedTraceIds)
{
    public const int Server = 2;
    public const int Client = 3;
    public const int Producer = 4;
    public const int Consumer = 5;

    public string? Attribute(string key) => Attributes.GetValueOrDefault(key);

    public static IEnumerable<ExportedSpan> ReadAll(JsonElement export)
    {
        foreach (var resourceSpans in export.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = AttributesOf(resourceSpans.GetProperty("resource")).GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in resourceSpans.GetProperty("scopeSpans").EnumerateArray())
            {
                var scope = scopeSpans.TryGetProperty("scope", out var scopeElement)
                    && scopeElement.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "";
                foreach (var span in scopeSpans.GetProperty("spans").EnumerateArray())
                {
                    yield return new ExportedSpan(
                        service,
                        scope,
                        span.GetProperty("traceId").GetString()!,
                        span.GetProperty("spanId").GetString()!,
                        span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() ?? "" : "",
                        span.GetProperty("name").GetString()!,
                        span.TryGetProperty("kind", out var kind) ? KindOf(kind) : 0,
                        AttributesOf(span),
                        span.TryGetProperty("links", out var links)
                            ? [.. links.EnumerateArray().Select(link => link.GetProperty("traceId").GetString()!)]
                            : []);
                }
            }
        }
    }

    private static int KindOf(JsonElement kind) => kind.ValueKind == JsonValueKind.Number
        ? kind.GetInt32()
        : kind.GetString() switch
        {
            "SPAN_KIND_INTERNAL" => 1,
            "SPAN_KIND_SERVER" => Server,
            "SPAN_KIND_CLIENT" => Client,
            "SPAN_KIND_PRODUCER" => Producer,
            "SPAN_KIND_CONSUMER" => Consumer,
            _ => 0,
        };

    private static Dictionary<string, string> AttributesOf(JsonElement owner)
    {
        var attributes = new Dictionary<string, string>();
        if (!owner.TryGetProperty("attributes", out var list))
        {
            return attributes;
        }

        foreach (var attribute in list.EnumerateArray())
        {
            var value = attribute.GetProperty("value");
            attributes[attribute.GetProperty("key").GetString()!] = value.EnumerateObject().FirstOrDefault() is { Value: var inner }
                ? inner.ValueKind == JsonValueKind.String ? inner.GetString()! : inner.GetRawText()
                : "";
        }

        return attributes;
    }
}
